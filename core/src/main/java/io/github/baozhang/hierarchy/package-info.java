/**
 * The reporting hierarchy of the notice (四): the units — the ministry (劳动和社会保障部, with the
 * Ministry of Finance as co-issuer of the national bulletin), provincial and city labour
 * departments, the industry authorities of 军工, 冶金 and 有色, the monitored enterprises, and
 * the trade unions as horizontal peers — and jurisdiction as pure functions: to whom an
 * enterprise's monthly report goes and up which chain, who may see which enterprise, and which
 * trade union is told beside each upward report.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
package io.github.baozhang.hierarchy;

import org.immutables.value.Value;
