/**
 * Renderings of the national bulletin: Markdown and a self-contained HTML page with inline SVG
 * charts; entry point {@link io.github.baozhang.reporting.render.BulletinRenderer}. They format
 * a {@link io.github.baozhang.reporting.BulletinView} and compute nothing.
 */
package io.github.baozhang.reporting.render;
