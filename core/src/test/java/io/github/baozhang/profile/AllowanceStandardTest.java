package io.github.baozhang.profile;

import static io.github.baozhang.profile.Beijing1999.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.money.Money;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AllowanceStandardTest {

    private static Violation violation(ProblemCode code, int index, String... args) {
        Violation.Builder b = Violation.builder().code(code).location(Location.ofField("ladder[" + index + "]"));
        for (int i = 0; i < args.length; i += 2) {
            b.putArguments(args[i], args[i + 1]);
        }
        return b.build();
    }

    @Test
    void beijingBeforeAndAfterTheRaiseMeetsThePolicy() {
        assertEquals(List.of(), Beijing1999.beforeRaise().check());
        assertEquals(List.of(), Beijing1999.fromRaise().check());
        assertEquals(yuan(400), Beijing1999.fromRaise().minimumWage());
        assertEquals(yuan(320), Beijing1999.beforeRaise().minimumWage());
    }

    @Test
    void aRungEqualToTheUnemploymentBenefitPassesAndOneFenBelowFails() {
        AllowanceStandard atBenefit = AllowanceStandard.of(AllowanceLadder.of(yuan(290)), yuan(290), yuan(400), yuan(273));
        assertEquals(List.of(), atBenefit.check());
        AllowanceStandard below = atBenefit.withLadder(AllowanceLadder.of(Money.parse("289.99")));
        assertEquals(List.of(violation(ProblemCode.ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT, 0,
                "year", "1", "allowanceFen", "28999", "unemploymentBenefitFen", "29000")), below.check());
    }

    @Test
    void aRungAtTheMinimumWageFailsAndOneFenBelowPasses() {
        AllowanceStandard s = AllowanceStandard.of(AllowanceLadder.of(Money.parse("399.99")), yuan(290), yuan(400), yuan(273));
        assertEquals(List.of(), s.check());
        assertEquals(List.of(violation(ProblemCode.ALLOWANCE_NOT_BELOW_MINIMUM_WAGE, 0,
                "year", "1", "allowanceFen", "40000", "minimumWageFen", "40000")),
                s.withLadder(AllowanceLadder.of(yuan(400))).check());
    }

    @Test
    void everyRungIsCheckedAndViolationsComeRungByRung() {
        // year 1 at the minimum wage, year 2 below the benefit, year 3 rises above year 2
        AllowanceStandard s = AllowanceStandard.of(AllowanceLadder.of(yuan(400), yuan(280), yuan(300)),
                yuan(290), yuan(400), yuan(273));
        List<Violation> v = s.check();
        assertEquals(List.of(ProblemCode.ALLOWANCE_NOT_BELOW_MINIMUM_WAGE, ProblemCode.ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT,
                ProblemCode.ALLOWANCE_LADDER_INCREASING),
                v.stream().map(Violation::code).collect(Collectors.toList()));
        assertEquals(List.of("ladder[0]", "ladder[1]", "ladder[2]"),
                v.stream().map(x -> x.location().field().orElseThrow()).collect(Collectors.toList()));
        assertEquals(violation(ProblemCode.ALLOWANCE_LADDER_INCREASING, 2,
                "year", "3", "allowanceFen", "30000", "previousFen", "28000"), v.get(2));
    }

    @Test
    void everyRisingRungIsReportedAtItsYear() {
        AllowanceStandard s = AllowanceStandard.of(AllowanceLadder.of(yuan(300), yuan(310), yuan(295), yuan(299)),
                yuan(290), yuan(400), yuan(273));
        assertEquals(List.of(
                violation(ProblemCode.ALLOWANCE_LADDER_INCREASING, 1, "year", "2", "allowanceFen", "31000", "previousFen", "30000"),
                violation(ProblemCode.ALLOWANCE_LADDER_INCREASING, 3, "year", "4", "allowanceFen", "29900", "previousFen", "29500")),
                s.check());
    }

    @Test
    void oneRungCanBreakAllThreeRules() {
        // benefit above the minimum wage: a rung between breaks both; rising too
        AllowanceStandard s = AllowanceStandard.of(AllowanceLadder.of(yuan(100), yuan(350)), yuan(500), yuan(300), yuan(1));
        assertEquals(List.of(ProblemCode.ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT,
                ProblemCode.ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT, ProblemCode.ALLOWANCE_NOT_BELOW_MINIMUM_WAGE,
                ProblemCode.ALLOWANCE_LADDER_INCREASING),
                s.check().stream().map(Violation::code).collect(Collectors.toList()));
    }

    @Test
    void amountsAreZeroOrMore() {
        AllowanceLadder l = AllowanceLadder.of(yuan(1));
        for (int i = 0; i < 3; i++) {
            Money[] m = {yuan(1), yuan(1), yuan(1)};
            m[i] = Money.ofFen(-1);
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> AllowanceStandard.of(l, m[0], m[1], m[2]));
            assertEquals(ProblemCode.VALUE_NEGATIVE, e.code());
        }
        AllowanceStandard zero = AllowanceStandard.of(l, Money.zero(), Money.zero(), Money.zero());
        assertEquals(Money.zero(), zero.minimumLivingStandard());
    }

    @Test
    void theBuilderNeedsEveryAttribute() {
        assertThrows(IllegalStateException.class, () -> AllowanceStandard.builder().ladder(AllowanceLadder.of(yuan(1))).build());
    }
}
