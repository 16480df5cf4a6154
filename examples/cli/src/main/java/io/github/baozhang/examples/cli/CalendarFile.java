package io.github.baozhang.examples.cli;

import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.HolidayCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads a {@code baozhang/calendar@1} document strictly: the format, two arrays of dates, nothing else. */
final class CalendarFile {

    private static final String FORMAT = "baozhang/calendar@1";

    private CalendarFile() {
    }

    /** The calendar, or the violations that reject the document. */
    static Object read(Path file) throws IOException {
        String name = file.toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = InterchangeJson.mapper().readTree(in);
        } catch (JacksonException e) {
            return List.of(violation(name, "", ProblemCode.JSON_MALFORMED, Map.of("reason", e.getOriginalMessage())));
        }
        List<Violation> violations = new ArrayList<>();
        if (root == null || !root.isObject()) {
            return List.of(violation(name, "", ProblemCode.JSON_TYPE, Map.of("expected", "object", "actual", "other")));
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isString() || !FORMAT.equals(format.asString())) {
            return List.of(violation(name, "/format", ProblemCode.DOCUMENT_FORMAT_UNSUPPORTED,
                    Map.of("format", format == null ? "" : format.toString(), "expected", FORMAT)));
        }
        for (String field : root.propertyNames()) {
            if (!Set.of("format", "holidays", "workdays").contains(field)) {
                violations.add(violation(name, "/" + field, ProblemCode.JSON_FIELD_UNKNOWN, Map.of("field", field)));
            }
        }
        List<LocalDate> holidays = dates(name, root, "holidays", violations);
        List<LocalDate> workdays = dates(name, root, "workdays", violations);
        if (!violations.isEmpty()) {
            return List.copyOf(violations);
        }
        return HolidayCalendar.of(holidays, workdays);
    }

    private static List<LocalDate> dates(String name, JsonNode root, String field, List<Violation> violations) {
        JsonNode array = root.get(field);
        List<LocalDate> dates = new ArrayList<>();
        if (array == null) {
            violations.add(violation(name, "/" + field, ProblemCode.JSON_FIELD_MISSING, Map.of("field", field)));
            return dates;
        }
        if (!array.isArray()) {
            violations.add(violation(name, "/" + field, ProblemCode.JSON_TYPE, Map.of("expected", "array", "actual", "other")));
            return dates;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode d = array.get(i);
            try {
                if (!d.isString() || !d.asString().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException("not a date", d.toString(), 0);
                }
                dates.add(LocalDate.parse(d.asString()));
            } catch (DateTimeParseException e) {
                violations.add(violation(name, "/" + field + "/" + i, ProblemCode.JSON_TYPE,
                        Map.of("expected", "date YYYY-MM-DD", "actual", d.toString())));
            }
        }
        return dates;
    }

    private static Violation violation(String document, String pointer, ProblemCode code, Map<String, String> args) {
        Location.Builder where = Location.builder().document(document);
        if (!pointer.isEmpty()) {
            where.pointer(pointer);
        }
        return Violation.builder().code(code).location(where.build()).putAllArguments(args).build();
    }
}
