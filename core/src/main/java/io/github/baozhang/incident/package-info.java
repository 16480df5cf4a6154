/**
 * Liaison, incidents and risk: the named liaison staff of each monitored enterprise and the
 * holiday duty roster (定期联系, 节假日值班; notice 三(三)); mass incidents (群体性突发事件) with
 * their urgent-report clocks and the province on the scene (四(二), 四(三)); the emergency plan
 * of each enterprise (预案, 三(四), per 劳社厅发〔1999〕4号); and the explainable risk level of an
 * enterprise and month, with every reason that raised it.
 *
 * <p>Every check is a pure function: time, holidays and thresholds come in as parameters, and
 * problems come out as catalogue codes with arguments, never as sentences.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
package io.github.baozhang.incident;

import org.immutables.value.Value;
