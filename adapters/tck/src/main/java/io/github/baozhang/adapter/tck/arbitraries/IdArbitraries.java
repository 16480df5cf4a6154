package io.github.baozhang.adapter.tck.arbitraries;

import io.github.baozhang.enterprise.MonitoredRegions;
import io.github.baozhang.id.AdminDivision;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.id.OrganizationCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries of valid identifiers: citizen IDs (GB 11643), organisation codes (GB 11714),
 * unified social credit codes (GB 32100) and administrative divisions (GB/T 2260, the 1999
 * revision bundled in core).
 *
 * <p>This class is a stateless utility.
 */
public final class IdArbitraries {

    private static final Gb2260 R1999 = Gb2260.of(Gb2260Revision.R1999);
    private static final String DIGITS = "0123456789";
    private static final String ORGANIZATION_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final List<DivisionCode> PROVINCES_1999 = codes(DivisionLevel.PROVINCE);
    private static final List<DivisionCode> PREFECTURES_1999 = codes(DivisionLevel.PREFECTURE);
    private static final List<DivisionCode> COUNTIES_1999 = codes(DivisionLevel.COUNTY);

    private IdArbitraries() {
    }

    private static List<DivisionCode> codes(DivisionLevel level) {
        return R1999.divisions().stream()
                .filter(d -> d.level() == level)
                .map(AdminDivision::code)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns citizen IDs of people of working age in 1999: an area code of a county listed in
     * GB/T 2260 (1999), a birth date from 1940 to 1981, any sequence number and the right check
     * character (sometimes {@code X}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CitizenId> citizenIds() {
        return citizenIds(LocalDate.of(1940, 1, 1), LocalDate.of(1981, 12, 31));
    }

    /**
     * Returns citizen IDs with a birth date in the given range.
     *
     * @param bornFrom  the earliest birth date, from 1800-01-01, not null
     * @param bornTo  the latest birth date, up to 2099-12-31, not before {@code bornFrom}, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<CitizenId> citizenIds(LocalDate bornFrom, LocalDate bornTo) {
        Objects.requireNonNull(bornFrom, "bornFrom");
        Objects.requireNonNull(bornTo, "bornTo");
        Arbitrary<LocalDate> births = Arbitraries.longs().between(bornFrom.toEpochDay(), bornTo.toEpochDay())
                .map(LocalDate::ofEpochDay);
        return Combinators.combine(Arbitraries.of(COUNTIES_1999), births, digits(3))
                .as((area, birth, sequence) -> {
                    String first17 = area + DateTimeFormatter.BASIC_ISO_DATE.format(birth) + sequence;
                    return CitizenId.parse(first17 + CitizenId.checkCharacter(first17));
                });
    }

    /**
     * Returns the 15-digit legacy numbers issued before 1999 (area, {@code YYMMDD}, sequence, no
     * check character) of people born 1940–1981, as text; {@link CitizenId#parseAllowingLegacy}
     * reads each.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> legacyCitizenIdTexts() {
        return citizenIds().map(id -> {
            String text = id.toString();
            return text.substring(0, 6) + text.substring(8, 17);
        });
    }

    /**
     * Returns valid organisation codes: eight digits and upper-case letters and the check
     * character.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<OrganizationCode> organizationCodes() {
        Arbitrary<String> bodies = Arbitraries.oneOf(
                Arbitraries.strings().withChars(ORGANIZATION_ALPHABET).ofLength(8),
                digits(8));
        return bodies.map(b -> OrganizationCode.parse(b + OrganizationCode.checkCharacter(b)));
    }

    /**
     * Returns valid unified social credit codes, each embedding a valid organisation code.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<CreditCode> creditCodes() {
        return Combinators.combine(organizationCodes().filter(IdArbitraries::fitsInCreditCode), creditPrefixes(),
                        Arbitraries.of(COUNTIES_1999))
                .as((code, prefix, county) -> creditCode(prefix + county + code));
    }

    /**
     * Returns whether an organisation code can be embedded in a unified social credit code: the
     * credit code's alphabet has no I, O, S, V or Z, so a code with one of them cannot.
     *
     * @param organizationCode  the organisation code, not null
     * @return true if every character is in the credit code's alphabet
     */
    public static boolean fitsInCreditCode(OrganizationCode organizationCode) {
        return organizationCode.toString().chars().allMatch(c -> CREDIT_ALPHABET.indexOf(c) >= 0);
    }

    /**
     * Returns valid unified social credit codes that embed the given organisation code: an
     * enterprise (法人, {@code 91}) registered in a county of 1999.
     *
     * @param organizationCode  the organisation code in positions 9–17, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the code does not {@linkplain #fitsInCreditCode fit}
     */
    public static Arbitrary<CreditCode> creditCodesFor(OrganizationCode organizationCode) {
        checkFits(organizationCode);
        return Combinators.combine(creditPrefixes(), Arbitraries.of(COUNTIES_1999))
                .as((prefix, county) -> creditCode(prefix + county + organizationCode));
    }

    /** The registration authority and entity type: mostly {@code 91} (a company), sometimes any. */
    private static Arbitrary<String> creditPrefixes() {
        Arbitrary<Character> alphabet = Arbitraries.of(CREDIT_ALPHABET.chars().mapToObj(c -> (char) c)
                .collect(Collectors.toList()));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just("91")),
                net.jqwik.api.Tuple.of(1, Combinators.combine(alphabet, alphabet).as((a, b) -> "" + a + b)));
    }

    /**
     * Returns the unified social credit code of a company (法人, {@code 91}) registered in 福州
     * (350100) that embeds the given organisation code: a deterministic helper for fixtures.
     *
     * @param organizationCode  the organisation code, not null
     * @return the credit code, not null
     * @throws IllegalArgumentException if the code does not {@linkplain #fitsInCreditCode fit}
     */
    public static CreditCode creditCodeFor(OrganizationCode organizationCode) {
        checkFits(organizationCode);
        return creditCode("91350100" + organizationCode);
    }

    private static void checkFits(OrganizationCode organizationCode) {
        Objects.requireNonNull(organizationCode, "organizationCode");
        if (!fitsInCreditCode(organizationCode)) {
            throw new IllegalArgumentException(organizationCode + " has a character no credit code uses");
        }
    }

    private static CreditCode creditCode(String first17) {
        return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
    }

    /**
     * Returns the provinces listed in GB/T 2260 (1999).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<DivisionCode> provinces() {
        return Arbitraries.of(PROVINCES_1999);
    }

    /**
     * Returns the real prefecture-level codes of GB/T 2260 (1999), such as 130100 石家庄 or
     * 232700 大兴安岭地区.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<DivisionCode> prefectures() {
        return Arbitraries.of(PREFECTURES_1999);
    }

    /**
     * Returns the real prefecture-level codes of GB/T 2260 (1999) in the given regions.
     *
     * @param regions  the regions, at least one of which has a prefecture, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if no prefecture of 1999 lies in the regions
     */
    public static Arbitrary<DivisionCode> prefecturesIn(MonitoredRegions regions) {
        Objects.requireNonNull(regions, "regions");
        List<DivisionCode> inRegions = PREFECTURES_1999.stream().filter(regions::contains)
                .collect(Collectors.toUnmodifiableList());
        if (inRegions.isEmpty()) {
            throw new IllegalArgumentException("no prefecture of 1999 lies in " + regions);
        }
        return Arbitraries.of(inRegions);
    }

    /**
     * Returns every code listed in GB/T 2260 (1999): provinces, prefectures and counties.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<DivisionCode> divisionCodes() {
        return Arbitraries.of(R1999.divisions()).map(AdminDivision::code);
    }

    /**
     * Returns the cities of a province in GB/T 2260 (1999): its prefectures and the county-level
     * divisions directly under it, the cities an enterprise's {@code city} may name.
     *
     * @param province  a province listed in 1999, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the province has no city in 1999
     */
    public static Arbitrary<DivisionCode> citiesOf(DivisionCode province) {
        Objects.requireNonNull(province, "province");
        List<DivisionCode> cities = R1999.childrenOf(province).stream().map(AdminDivision::code)
                .collect(Collectors.toUnmodifiableList());
        if (cities.isEmpty()) {
            throw new IllegalArgumentException("no city of " + province + " in 1999");
        }
        return Arbitraries.of(cities);
    }

    private static Arbitrary<String> digits(int length) {
        return Arbitraries.strings().withChars(DIGITS).ofLength(length);
    }
}
