package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.profile.HolidayCalendar;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Binds a {@code baozhang/calendar@1} document to a {@link HolidayCalendar}: each item of
 * {@code holidays} and {@code workdays} a date ({@link ProblemCode#DATE_MALFORMED} at
 * {@code holidays[i]}), listed once in its list ({@link ProblemCode#JSON_ENTRY_DUPLICATE}), and
 * never in both lists ({@link ProblemCode#CALENDAR_DAY_CONFLICT}, at its place in
 * {@code workdays}).
 */
final class CalendarBinder implements Binder<HolidayCalendar> {

    static final Shape SHAPE = Shape.builder()
            .optional("format", Shape.Kind.STRING)
            .requiredArray("holidays", Shape.Kind.STRING)
            .requiredArray("workdays", Shape.Kind.STRING)
            .build();

    @Override
    public HolidayCalendar bind(Node root, Issues issues) {
        Map<LocalDate, Node> holidays = dates(root.get("holidays"), issues);
        Map<LocalDate, Node> workdays = dates(root.get("workdays"), issues);
        if (holidays != null && workdays != null) {
            workdays.forEach((date, at) -> {
                if (holidays.containsKey(date)) {
                    issues.add(ProblemCode.CALENDAR_DAY_CONFLICT, at.pos, at.field, at.text, "date", at.text);
                }
            });
        }
        if (!issues.isEmpty() || holidays == null || workdays == null) {
            return null;
        }
        try {
            return HolidayCalendar.of(holidays.keySet(), workdays.keySet());
        } catch (InvalidValueException ex) {
            // Every invariant is checked above; this is a safety net, located at the document.
            issues.add(ex.code(), root.pos, null, null);
            return null;
        }
    }

    private static Map<LocalDate, Node> dates(Node list, Issues issues) {
        if (list == null) {
            return null;
        }
        Map<LocalDate, Node> dates = new LinkedHashMap<>();
        for (Node n : list.items) {
            if (n == null) {
                continue;
            }
            Parsed<LocalDate> date = Convert.parseDate(n.text);
            if (!date.isValid()) {
                issues.add(date, n, n.text);
            } else if (dates.putIfAbsent(date.value(), n) != null) {
                issues.add(ProblemCode.JSON_ENTRY_DUPLICATE, n.pos, n.field, n.text, "field", list.field,
                        "value", n.text);
            }
        }
        return dates;
    }
}
