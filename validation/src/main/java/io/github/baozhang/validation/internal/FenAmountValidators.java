package io.github.baozhang.validation.internal;

import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.validation.FenAmount;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** The validators of {@link FenAmount}: one for numbers, one for text. */
public final class FenAmountValidators {

    private FenAmountValidators() {
    }

    /** Checks an amount against the bounds; reports and returns false when outside. */
    private static boolean inBounds(long fen, long min, long max, ConstraintValidatorContext context) {
        if (fen >= min && fen <= max) {
            return true;
        }
        String value = Long.toString(fen);
        if (fen < 0 && min == 0) {
            return DtoConstraints.fail(context, ProblemCode.VALUE_NEGATIVE, Map.of("value", value), value);
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("value", value);
        arguments.put("min", Long.toString(min));
        arguments.put("max", Long.toString(max));
        return DtoConstraints.fail(context, ProblemCode.AMOUNT_OUT_OF_BOUNDS, arguments, value);
    }

    private static void checkBounds(FenAmount constraint) {
        if (constraint.min() > constraint.max()) {
            throw new ConstraintDeclarationException(
                    "@FenAmount min " + constraint.min() + " is above max " + constraint.max());
        }
    }

    /** Validates {@link FenAmount} on a {@code long} or {@code Long}. */
    public static final class OfLong implements ConstraintValidator<FenAmount, Long> {

        private long min;
        private long max;

        /** Creates the validator. */
        public OfLong() {
        }

        @Override
        public void initialize(FenAmount constraint) {
            checkBounds(constraint);
            min = constraint.min();
            max = constraint.max();
        }

        @Override
        public boolean isValid(Long value, ConstraintValidatorContext context) {
            return value == null || inBounds(value, min, max, context);
        }
    }

    /** Validates {@link FenAmount} on a {@code String} or another {@code CharSequence}. */
    public static final class OfText implements ConstraintValidator<FenAmount, CharSequence> {

        private long min;
        private long max;

        /** Creates the validator. */
        public OfText() {
        }

        @Override
        public void initialize(FenAmount constraint) {
            checkBounds(constraint);
            min = constraint.min();
            max = constraint.max();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String text = value.toString();
            int start = text.startsWith("-") ? 1 : 0;
            if (text.length() == start) {
                return malformed(context, text, "digits");
            }
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return malformed(context, text, "character");
                }
            }
            long fen;
            try {
                fen = Long.parseLong(text);
            } catch (NumberFormatException outOfRange) {
                return malformed(context, text, "range");
            }
            return inBounds(fen, min, max, context);
        }

        private static boolean malformed(ConstraintValidatorContext context, String text, String reason) {
            Map<String, String> arguments = new LinkedHashMap<>();
            arguments.put("value", text);
            arguments.put("reason", reason);
            return DtoConstraints.fail(context, ProblemCode.AMOUNT_MALFORMED, arguments, text);
        }
    }
}
