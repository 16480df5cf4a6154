package io.github.baozhang.examples.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code YYYY-MM} to a period; anything else is a usage error. */
final class PeriodConverter implements ITypeConverter<YearMonth> {

    @Override
    public YearMonth convert(String value) {
        if (!value.matches("\\d{4}-\\d{2}")) {
            throw new TypeConversionException("'" + value + "' is not a period YYYY-MM");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a period YYYY-MM");
        }
    }
}
