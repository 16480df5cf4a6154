/**
 * The bulletin as an Excel workbook: {@link io.github.baozhang.adapter.xlsx.BulletinXlsxSink}
 * (Apache POI), offered by {@link io.github.baozhang.adapter.xlsx.XlsxAdapterProvider}. See
 * {@code docs/adapters.md}.
 */
package io.github.baozhang.adapter.xlsx;
