package io.github.baozhang.profile;

import static io.github.baozhang.profile.Beijing1999.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllowanceLadderTest {

    private final AllowanceLadder beijing = AllowanceLadder.of(yuan(361), yuan(301));

    @Test
    void beijingFromJuly1999Pays361InYearOneAnd301FromYearTwo() {
        assertEquals(Money.parse("361.00"), beijing.forYearInCentre(1));
        assertEquals(Money.parse("301.00"), beijing.forYearInCentre(2));
        assertEquals(Money.parse("301.00"), beijing.forYearInCentre(3), "a year beyond the ladder keeps the last rung");
        assertEquals(List.of(yuan(361), yuan(301)), beijing.rungs());
    }

    @Test
    void theRaiseIsThirtyPercentOfTheBase() {
        assertEquals(yuan(286), BasisPoints.of(13_000).applyTo(yuan(220), RoundingMode.UNNECESSARY));
        assertEquals(yuan(361).minus(yuan(295)), yuan(286 - 220));
    }

    @Test
    void yearsCountFromOne() {
        assertThrows(IllegalArgumentException.class, () -> beijing.forYearInCentre(0));
        assertThrows(IllegalArgumentException.class, () -> beijing.forYearInCentre(-1));
        assertEquals(yuan(361), beijing.forYearInCentre(1));
        assertEquals(yuan(5), AllowanceLadder.of(yuan(5)).forYearInCentre(Integer.MAX_VALUE));
    }

    @Test
    void aLadderHasAtLeastOneRungAndNoNegativeOne() {
        assertThrows(IllegalArgumentException.class, () -> AllowanceLadder.of(List.of()));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> AllowanceLadder.of(yuan(361), Money.ofFen(-1)));
        assertEquals(ProblemCode.VALUE_NEGATIVE, e.code());
        assertEquals(Map.of("value", "-1"), e.arguments());
        assertEquals(List.of(Money.zero()), AllowanceLadder.of(Money.zero()).rungs());
    }

    @Test
    void theRungsAreCopiedAndUnmodifiable() {
        List<Money> rungs = new ArrayList<>(List.of(yuan(1), yuan(1)));
        AllowanceLadder ladder = AllowanceLadder.of(rungs);
        rungs.set(0, yuan(9));
        assertEquals(yuan(1), ladder.forYearInCentre(1));
        assertThrows(UnsupportedOperationException.class, () -> ladder.rungs().set(0, yuan(2)));
    }

    @Test
    void aLadderSteppingDownOrStayingPasses() {
        assertEquals(List.of(), beijing.checkNotIncreasing());
        assertEquals(List.of(), AllowanceLadder.of(yuan(300), yuan(300), yuan(250)).checkNotIncreasing());
        assertEquals(List.of(), AllowanceLadder.of(yuan(300)).checkNotIncreasing());
    }

    @Test
    void eachRisingRungIsAViolationAtItsIndex() {
        AllowanceLadder rising = AllowanceLadder.of(yuan(300), Money.parse("300.01"), yuan(250), yuan(260));
        assertEquals(List.of(
                Violation.builder().code(ProblemCode.ALLOWANCE_LADDER_INCREASING).location(Location.ofField("ladder[1]"))
                        .putArguments("year", "2").putArguments("allowanceFen", "30001")
                        .putArguments("previousFen", "30000").build(),
                Violation.builder().code(ProblemCode.ALLOWANCE_LADDER_INCREASING).location(Location.ofField("ladder[3]"))
                        .putArguments("year", "4").putArguments("allowanceFen", "26000")
                        .putArguments("previousFen", "25000").build()),
                rising.checkNotIncreasing());
    }

    @Test
    void isAValueOfItsRungs() {
        assertEquals(beijing, AllowanceLadder.of(List.of(yuan(361), yuan(301))));
        assertEquals(beijing.hashCode(), AllowanceLadder.of(List.of(yuan(361), yuan(301))).hashCode());
        assertNotEquals(beijing, AllowanceLadder.of(yuan(301), yuan(361)));
        assertNotEquals(beijing.hashCode(), AllowanceLadder.of(yuan(301), yuan(361)).hashCode());
        assertNotEquals(beijing, "361");
        assertEquals("AllowanceLadder[361.00, 301.00]", beijing.toString());
    }

    @Test
    void refusesNulls() {
        assertThrows(NullPointerException.class, () -> AllowanceLadder.of((List<Money>) null));
        assertThrows(NullPointerException.class, () -> AllowanceLadder.of(null, yuan(1)));
        assertThrows(NullPointerException.class, () -> AllowanceLadder.of(yuan(1), (Money[]) null));
        assertThrows(NullPointerException.class, () -> AllowanceLadder.of(yuan(1), (Money) null));
    }
}
