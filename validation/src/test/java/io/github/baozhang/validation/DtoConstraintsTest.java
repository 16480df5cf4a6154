package io.github.baozhang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The DTO constraints in a plain Jakarta Validation set-up: {@code Validation.buildDefaultValidatorFactory()},
 * nothing configured, nothing else from Baozhang.
 */
class DtoConstraintsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void buildTheDefaultFactory() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            factory = Validation.buildDefaultValidatorFactory();
        } finally {
            Locale.setDefault(before);
        }
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /** A worker row as an application might receive it from a form or a feed. */
    public static final class WorkerForm {
        @CitizenIdNumber
        final String citizenId;
        @CitizenIdNumber(allowLegacy15 = true)
        final String legacyCitizenId;
        @OrganisationCode
        final String enterpriseId;
        @CreditCode
        final String creditCode;
        @AdminDivisionCode
        final String anyDivision;
        @AdminDivisionCode(revision = AdminDivisionCode.Revision.R1999)
        final String division1999;
        @FenAmount
        final long allowanceFen;
        @FenAmount(min = 100, max = 40_000)
        final Long perWorkerFen;
        @FenAmount
        final String paidFen;
        @FenAmount(min = -500)
        final CharSequence adjustmentFen;

        WorkerForm(String citizenId, String legacyCitizenId, String enterpriseId, String creditCode,
                String anyDivision, String division1999, long allowanceFen, Long perWorkerFen, String paidFen,
                CharSequence adjustmentFen) {
            this.citizenId = citizenId;
            this.legacyCitizenId = legacyCitizenId;
            this.enterpriseId = enterpriseId;
            this.creditCode = creditCode;
            this.anyDivision = anyDivision;
            this.division1999 = division1999;
            this.allowanceFen = allowanceFen;
            this.perWorkerFen = perWorkerFen;
            this.paidFen = paidFen;
            this.adjustmentFen = adjustmentFen;
        }
    }

    private static final class Form {
        String citizenId = "11010519491231002X";
        String legacyCitizenId = "340524800101001";
        String enterpriseId = "D2143569-X";
        String creditCode = "91350100M000100Y43";
        String anyDivision = "469999";
        String division1999 = "142600";
        long allowanceFen = 28_600;
        Long perWorkerFen = 28_600L;
        String paidFen = "28600";
        CharSequence adjustmentFen = new StringBuilder("-500");

        WorkerForm build() {
            return new WorkerForm(citizenId, legacyCitizenId, enterpriseId, creditCode, anyDivision, division1999,
                    allowanceFen, perWorkerFen, paidFen, adjustmentFen);
        }
    }

    /** The one violation of a form, which must be at the property. */
    private static ConstraintViolation<WorkerForm> single(Form form, String property) {
        Set<ConstraintViolation<WorkerForm>> violations = validator.validate(form.build());
        assertEquals(1, violations.size(), violations::toString);
        ConstraintViolation<WorkerForm> v = violations.iterator().next();
        assertEquals(property, v.getPropertyPath().toString());
        return v;
    }

    /** The reason a violation carries as its dynamic payload. */
    private static Violation reason(ConstraintViolation<?> v) {
        HibernateConstraintViolation<?> hibernate = v.unwrap(HibernateConstraintViolation.class);
        return hibernate.getDynamicPayload(Violation.class);
    }

    @Test
    void aValidFormHasNoViolation() {
        assertEquals(Set.of(), validator.validate(new Form().build()));
    }

    @Test
    void nullIsValidForEveryConstraint() {
        assertEquals(Set.of(), validator.validate(new WorkerForm(null, null, null, null, null, null, 0, null, null, null)));
    }

    @Nested
    class CitizenIds {

        @Test
        void aWrongCheckCharacterIsE2005WithItsArgumentsAndTheValueMasked() {
            Form form = new Form();
            form.citizenId = "110105194912310021";
            ConstraintViolation<WorkerForm> v = single(form, "citizenId");
            assertEquals("is not a valid citizen ID number (E2005)", v.getMessage());
            assertEquals("{io.github.baozhang.validation.CitizenIdNumber.message}", v.getMessageTemplate());
            Violation reason = reason(v);
            assertEquals(ProblemCode.CITIZEN_ID_CHECK, reason.code());
            assertEquals(Map.of("expected", "X", "actual", "1"), reason.arguments());
            assertEquals("110105********0021", reason.offendingValue().orElseThrow());
            assertEquals("the citizen ID's check character should be X, not 1",
                    ProblemFormatter.of(Locale.ENGLISH).format(reason));
        }

        @Test
        void fifteenDigitsAreAcceptedOnlyWhereAllowed() {
            Form form = new Form();
            form.citizenId = "340524800101001";
            assertEquals(ProblemCode.CITIZEN_ID_LENGTH, reason(single(form, "citizenId")).code());
            Form legacy = new Form();
            legacy.legacyCitizenId = "34052480010100";
            Violation reason = reason(single(legacy, "legacyCitizenId"));
            assertEquals(Map.of("length", "14", "expected", "15,18"), reason.arguments());
            assertEquals("340524****0100", reason.offendingValue().orElseThrow());
        }
    }

    @Test
    void anOrganisationCodeIsCheckedByCore() {
        Form form = new Form();
        form.enterpriseId = "D2143569-1";
        Violation reason = reason(single(form, "enterpriseId"));
        assertEquals(ProblemCode.ORGANIZATION_CODE_CHECK, reason.code());
        assertEquals("D2143569-1", reason.offendingValue().orElseThrow());
    }

    @Test
    void aCreditCodeIsCheckedByCore() {
        Form form = new Form();
        form.creditCode = "91350203M0001QAY9B";
        assertEquals(ProblemCode.CREDIT_CODE_CHECK, reason(single(form, "creditCode")).code());
        form.creditCode = "91350100M000100Y4";
        assertEquals(ProblemCode.CREDIT_CODE_LENGTH, reason(single(form, "creditCode")).code());
    }

    @Test
    void aDivisionCodeIsShapeOnlyWithoutARevisionAndMustExistInOne() {
        Form form = new Form();
        form.anyDivision = "990000";
        assertEquals(ProblemCode.DIVISION_CODE_FORMAT, reason(single(form, "anyDivision")).code());
        Form retired = new Form();
        retired.division1999 = "141000";
        Violation reason = reason(single(retired, "division1999"));
        assertEquals(ProblemCode.DIVISION_CODE_UNKNOWN, reason.code());
        assertEquals(Map.of("code", "141000", "revision", "199912"), reason.arguments());
    }

    @Test
    void everyRevisionOfCoreHasOneInTheAnnotation() {
        List<String> names = new ArrayList<>();
        for (io.github.baozhang.id.Gb2260Revision r : io.github.baozhang.id.Gb2260Revision.values()) {
            names.add(r.name());
        }
        List<String> annotation = new ArrayList<>();
        for (AdminDivisionCode.Revision r : AdminDivisionCode.Revision.values()) {
            if (r != AdminDivisionCode.Revision.NONE) {
                annotation.add(r.name());
            }
        }
        assertEquals(names, annotation);
    }

    @Nested
    class Amounts {

        @Test
        void anAmountIsZeroOrMoreByDefault() {
            Form form = new Form();
            form.allowanceFen = -1;
            ConstraintViolation<WorkerForm> v = single(form, "allowanceFen");
            assertEquals(ProblemCode.VALUE_NEGATIVE, reason(v).code());
            assertEquals("is not a valid amount in fen (E1001)", v.getMessage());
        }

        @Test
        void boundsAreChecked() {
            Form low = new Form();
            low.perWorkerFen = 99L;
            Violation reason = reason(single(low, "perWorkerFen"));
            assertEquals(ProblemCode.AMOUNT_OUT_OF_BOUNDS, reason.code());
            assertEquals(Map.of("value", "99", "min", "100", "max", "40000"), reason.arguments());
            Form high = new Form();
            high.perWorkerFen = 40_001L;
            assertEquals(ProblemCode.AMOUNT_OUT_OF_BOUNDS, reason(single(high, "perWorkerFen")).code());
            Form belowNegativeMin = new Form();
            belowNegativeMin.adjustmentFen = "-501";
            assertEquals(ProblemCode.AMOUNT_OUT_OF_BOUNDS, reason(single(belowNegativeMin, "adjustmentFen")).code());
        }

        @Test
        void textIsWholeFenInAsciiDigits() {
            for (String bad : List.of("", "-", "+1", "1.00", "1e3", " 1", "１２", "12a")) {
                Form form = new Form();
                form.paidFen = bad;
                Violation reason = reason(single(form, "paidFen"));
                assertEquals(ProblemCode.AMOUNT_MALFORMED, reason.code(), bad);
            }
            Form huge = new Form();
            huge.paidFen = "9223372036854775808";
            assertEquals(Map.of("value", "9223372036854775808", "reason", "range"),
                    reason(single(huge, "paidFen")).arguments());
            Form max = new Form();
            max.paidFen = "9223372036854775807";
            assertEquals(Set.of(), validator.validate(max.build()));
            Form negative = new Form();
            negative.paidFen = "-1";
            assertEquals(ProblemCode.VALUE_NEGATIVE, reason(single(negative, "paidFen")).code());
        }

        /** A DTO whose bounds contradict each other. */
        final class Contradiction {
            @FenAmount(min = 10, max = 1)
            final long fen = 5;
        }

        @Test
        void contradictoryBoundsAreADeclarationError() {
            ValidationException e = assertThrows(ValidationException.class, () -> validator.validate(new Contradiction()));
            Throwable cause = e;
            while (cause != null && !(cause instanceof ConstraintDeclarationException)) {
                cause = cause.getCause();
            }
            assertInstanceOf(ConstraintDeclarationException.class, cause, e::toString);
        }
    }

    @Test
    void theMessagesAreChineseInAChineseDeployment() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try (ValidatorFactory chinese = Validation.buildDefaultValidatorFactory()) {
            Form form = new Form();
            form.citizenId = "110105194912310021";
            form.enterpriseId = "D2143569";
            form.creditCode = "91350100M000100Y44";
            form.anyDivision = "1";
            form.paidFen = "x";
            List<String> messages = new ArrayList<>();
            chinese.getValidator().validate(form.build()).forEach(v -> messages.add(v.getMessage()));
            messages.sort(null);
            assertEquals(List.of("不是有效的公民身份号码（E2005）", "不是有效的组织机构代码（E2011）",
                    "不是有效的统一社会信用代码（E2024）", "不是有效的行政区划代码（E2031）", "不是有效的金额（分）（E1003）"),
                    messages);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theContributorBundlesCarryEveryConstraintInBothLanguages() {
        for (String suffix : List.of("", "_en", "_zh_CN")) {
            Map<String, String> bundle = ProblemFormatter.load("/ContributorValidationMessages" + suffix + ".properties");
            for (String constraint : List.of("CitizenIdNumber", "OrganisationCode", "CreditCode", "AdminDivisionCode",
                    "FenAmount")) {
                String message = bundle.get("io.github.baozhang.validation." + constraint + ".message");
                assertTrue(message != null && message.contains("{code}"), suffix + " " + constraint);
            }
            assertEquals(5, bundle.size(), suffix);
        }
        assertEquals(ProblemFormatter.load("/ContributorValidationMessages.properties"),
                ProblemFormatter.load("/ContributorValidationMessages_en.properties"));
    }
}
