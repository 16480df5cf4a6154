package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.enterprise.MonitoredRegions;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.incident.RiskLevel;
import io.github.baozhang.incident.RiskThresholds;
import io.github.baozhang.incident.UrgentReportClocks;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.AllowanceLadder;
import io.github.baozhang.profile.AllowanceStandard;
import io.github.baozhang.profile.ContributionPart;
import io.github.baozhang.profile.ContributionPolicy;
import io.github.baozhang.profile.Effective;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.profile.Timeline;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Binds a {@code baozhang/province-profile@1} document, read as a {@link Tree}, to a
 * {@link ProvinceProfile}: every field checked, every violation located by pointer, line, column
 * and dotted field ({@code allowanceStandards[1].ladderFen[0]}); a list's index is its position
 * in the file. A profile with any violation is not built.
 *
 * <p>One binder per read; not thread-safe.
 */
final class ProfileBinder {

    /** A profile's name: what {@code --profile NAME} would type. */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

    private static final Set<String> ROOT = Set.of("format", "name", "description", "province", "payDay",
            "reportDueDay", "postingGraceDays", "noNewCentresFrom", "agreementCappedAtLabourContract", "agreementCaps",
            "allowanceStandards", "contributionPolicies", "averageMonthlyWages", "calendar", "monitoredRegions",
            "urgentReportClocks", "riskThresholds");
    private static final Set<String> RISK_COUNTS = new LinkedHashSet<>(List.of("arrearsMonthsYellow",
            "arrearsMonthsOrange", "arrearsMonthsRed"));
    private static final Set<String> RISK_RATES = new LinkedHashSet<>(List.of("arrivalRateYellowBelow",
            "arrivalRateOrangeBelow", "arrivalRateRedBelow"));
    private static final Set<String> RISK_LEVELS = new LinkedHashSet<>(List.of("halfStoppedLevel", "stoppedLevel",
            "generalIncidentLevel", "majorIncidentLevel", "incidentHistoryLevel", "hiddenRiskLevel",
            "emergencyPlanMissingLevel", "fundingBlindSpotLevel", "postingLateLevel"));

    private final Issues issues;

    ProfileBinder(Issues issues) {
        this.issues = issues;
    }

    /** Returns the profile, or null when the document has a violation (then in the issues). */
    ProvinceProfile bind(Tree root) {
        Obj doc = new Obj(root, "", ROOT, Set.of("format", "name"));
        ProvinceProfile.Builder b = ProvinceProfile.builder();
        String name = doc.string("name");
        if (name != null) {
            if (NAME.matcher(name).matches()) {
                b.name(name);
            } else {
                doc.fail("name", ProblemCode.PROFILE_NAME_MALFORMED, name, "value", name);
            }
        }
        doc.string("description");
        DivisionCode province = doc.parse("province", DivisionCode::check);
        if (province != null) {
            if (province.level() == DivisionLevel.PROVINCE) {
                b.province(province);
            } else {
                doc.fail("province", ProblemCode.DIVISION_CODE_LEVEL, province.toString(), "code", province.toString(),
                        "level", province.level().name(), "expected", DivisionLevel.PROVINCE.name());
            }
        }
        Integer payDay = doc.day("payDay");
        if (payDay != null) {
            b.payDay(payDay);
        }
        Integer dueDay = doc.day("reportDueDay");
        if (dueDay != null) {
            b.reportDueDay(dueDay);
        }
        Integer grace = doc.smallCount("postingGraceDays");
        if (grace != null) {
            b.postingGraceDays(grace);
        }
        LocalDate noNewCentres = doc.parse("noNewCentresFrom", Convert::parseDate);
        if (noNewCentres != null) {
            b.noNewCentresFrom(noNewCentres);
        }
        Boolean capped = doc.bool("agreementCappedAtLabourContract");
        if (capped != null) {
            b.agreementCappedAtLabourContract(capped);
        }
        Timeline<Integer> caps = doc.timeline("agreementCaps", Set.of("months"), Set.of("months"), this::cap);
        if (caps != null) {
            b.agreementCaps(caps);
        }
        Timeline<AllowanceStandard> standards = doc.timeline("allowanceStandards",
                Set.of("ladderFen", "unemploymentBenefitFen", "minimumWageFen", "minimumLivingStandardFen"),
                Set.of("ladderFen", "unemploymentBenefitFen", "minimumWageFen", "minimumLivingStandardFen"),
                this::standard);
        if (standards != null) {
            b.allowanceStandards(standards);
        }
        Timeline<ContributionPolicy> policies = doc.timeline("contributionPolicies",
                Set.of("baseShare", "rates", "fixedAmountsFen"), Set.of(), this::policy);
        if (policies != null) {
            b.contributionPolicies(policies);
        }
        wages(doc, b);
        HolidayCalendar calendar = calendar(doc);
        if (calendar != null) {
            b.calendar(calendar);
        }
        MonitoredRegions regions = regions(doc);
        if (regions != null) {
            b.monitoredRegions(regions);
        }
        Timeline<UrgentReportClocks> clocks = doc.timeline("urgentReportClocks", Set.of("generalHours", "majorHours"),
                Set.of("generalHours", "majorHours"), this::clocks);
        if (clocks != null) {
            b.urgentReportClocks(clocks);
        }
        Set<String> riskFields = new LinkedHashSet<>(RISK_COUNTS);
        riskFields.addAll(RISK_RATES);
        riskFields.addAll(RISK_LEVELS);
        Timeline<RiskThresholds> thresholds = doc.timeline("riskThresholds", riskFields, Set.of(), this::thresholds);
        if (thresholds != null) {
            b.riskThresholds(thresholds);
        }
        if (!issues.isEmpty() || name == null) {
            return null;
        }
        try {
            return b.build();
        } catch (InvalidValueException e) {
            // Every invariant is checked above; this is a safety net, located at the document.
            issues.add(e.code(), root.pos, null, null, flatten(e.arguments()));
            return null;
        }
    }

    // ---- the dated entries ----

    private Integer cap(Obj entry) {
        Long months = entry.integer("months", ProblemCode.INTEGER_MALFORMED);
        if (months == null) {
            return null;
        }
        if (months < 1 || months > ProvinceProfile.MAX_AGREEMENT_MONTHS) {
            entry.fail("months", ProblemCode.AGREEMENT_TERM_OUT_OF_RANGE, Long.toString(months),
                    "months", Long.toString(months), "max", Integer.toString(ProvinceProfile.MAX_AGREEMENT_MONTHS));
            return null;
        }
        return months.intValue();
    }

    private AllowanceStandard standard(Obj entry) {
        List<Money> rungs = new ArrayList<>();
        boolean ok = true;
        List<Tree> items = entry.array("ladderFen");
        if (items != null) {
            if (items.isEmpty()) {
                entry.fail("ladderFen", ProblemCode.LIST_EMPTY, null, "field", entry.path("ladderFen"));
                ok = false;
            }
            for (int i = 0; i < items.size(); i++) {
                Money m = money(items.get(i), entry.path("ladderFen") + "[" + i + "]");
                ok &= m != null;
                rungs.add(m);
            }
        } else {
            ok = false;
        }
        Money benefit = entry.money("unemploymentBenefitFen");
        Money minimumWage = entry.money("minimumWageFen");
        Money living = entry.money("minimumLivingStandardFen");
        if (!ok || benefit == null || minimumWage == null || living == null) {
            return null;
        }
        AllowanceStandard standard = AllowanceStandard.of(AllowanceLadder.of(rungs), benefit, minimumWage, living);
        boolean valid = true;
        for (Violation v : standard.check()) {
            // field ladder[j] of the core value: ladderFen[j] here
            String field = v.location().field().orElse("ladder[0]");
            int j = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
            Tree rung = items.get(j);
            issues.add(v.code(), rung.pos, entry.path("ladderFen") + "[" + j + "]", rung.text, flatten(v.arguments()));
            valid = false;
        }
        return valid ? standard : null;
    }

    private ContributionPolicy policy(Obj entry) {
        ContributionPolicy.Builder b = ContributionPolicy.builder();
        boolean ok = true;
        if (entry.has("baseShare")) {
            BasisPoints share = entry.basisPoints("baseShare");
            ok &= share != null;
            if (share != null) {
                b.baseShare(share);
            }
        }
        Obj rates = entry.object("rates", partNames(), Set.of());
        if (rates != null) {
            for (ContributionPart part : ContributionPart.values()) {
                if (rates.has(part.name())) {
                    BasisPoints rate = rates.basisPoints(part.name());
                    ok &= rate != null;
                    if (rate != null) {
                        b.putRates(part, rate);
                    }
                }
            }
        } else {
            ok &= !entry.has("rates");
        }
        Obj fixed = entry.object("fixedAmountsFen", partNames(), Set.of());
        if (fixed != null) {
            for (ContributionPart part : ContributionPart.values()) {
                if (fixed.has(part.name())) {
                    Money amount = fixed.money(part.name());
                    ok &= amount != null;
                    if (amount != null) {
                        b.putFixedAmounts(part, amount);
                    }
                }
            }
        } else {
            ok &= !entry.has("fixedAmountsFen");
        }
        return ok ? b.build() : null;
    }

    private static Set<String> partNames() {
        Set<String> names = new LinkedHashSet<>();
        for (ContributionPart p : ContributionPart.values()) {
            names.add(p.name());
        }
        return names;
    }

    private UrgentReportClocks clocks(Obj entry) {
        Long general = entry.hours("generalHours");
        Long major = entry.hours("majorHours");
        if (general == null || major == null) {
            return null;
        }
        return UrgentReportClocks.of(Duration.ofHours(general), Duration.ofHours(major));
    }

    private RiskThresholds thresholds(Obj entry) {
        RiskThresholds.Builder b = RiskThresholds.builder();
        boolean ok = true;
        Map<String, Integer> counts = new HashMap<>();
        for (String f : RISK_COUNTS) {
            if (entry.has(f)) {
                Integer n = entry.smallCount(f);
                ok &= n != null;
                counts.put(f, n);
            }
        }
        Map<String, BasisPoints> rates = new HashMap<>();
        for (String f : RISK_RATES) {
            if (entry.has(f)) {
                BasisPoints r = entry.basisPoints(f);
                ok &= r != null;
                rates.put(f, r);
            }
        }
        Map<String, RiskLevel> levels = new HashMap<>();
        for (String f : RISK_LEVELS) {
            if (entry.has(f)) {
                RiskLevel l = entry.parse(f, text -> Convert.parseEnum(RiskLevel.class, text));
                ok &= l != null;
                levels.put(f, l);
            }
        }
        if (!ok) {
            return null;
        }
        counts.forEach((f, n) -> {
            switch (f) {
                case "arrearsMonthsYellow" -> b.arrearsMonthsYellow(n);
                case "arrearsMonthsOrange" -> b.arrearsMonthsOrange(n);
                default -> b.arrearsMonthsRed(n);
            }
        });
        rates.forEach((f, r) -> {
            switch (f) {
                case "arrivalRateYellowBelow" -> b.arrivalRateYellowBelow(r);
                case "arrivalRateOrangeBelow" -> b.arrivalRateOrangeBelow(r);
                default -> b.arrivalRateRedBelow(r);
            }
        });
        levels.forEach((f, l) -> {
            switch (f) {
                case "halfStoppedLevel" -> b.halfStoppedLevel(l);
                case "stoppedLevel" -> b.stoppedLevel(l);
                case "generalIncidentLevel" -> b.generalIncidentLevel(l);
                case "majorIncidentLevel" -> b.majorIncidentLevel(l);
                case "incidentHistoryLevel" -> b.incidentHistoryLevel(l);
                case "hiddenRiskLevel" -> b.hiddenRiskLevel(l);
                case "emergencyPlanMissingLevel" -> b.emergencyPlanMissingLevel(l);
                case "fundingBlindSpotLevel" -> b.fundingBlindSpotLevel(l);
                default -> b.postingLateLevel(l);
            }
        });
        try {
            return b.build();
        } catch (InvalidValueException e) {
            String setting = e.arguments().getOrDefault("setting", "");
            Tree at = entry.tree.members.get(setting);
            issues.add(e.code(), at != null ? at.pos : entry.tree.pos,
                    at != null ? entry.path(setting) : entry.field, at != null ? at.text : null, flatten(e.arguments()));
            return null;
        }
    }

    // ---- the other lists ----

    private void wages(Obj doc, ProvinceProfile.Builder b) {
        List<Tree> items = doc.array("averageMonthlyWages");
        if (items == null) {
            return;
        }
        Set<Long> years = new TreeSet<>();
        for (int i = 0; i < items.size(); i++) {
            Obj entry = doc.item("averageMonthlyWages", items.get(i), i, Set.of("year", "wageFen", "source"),
                    Set.of("year", "wageFen"));
            if (entry == null) {
                continue;
            }
            entry.string("source");
            Long year = entry.integer("year", ProblemCode.INTEGER_MALFORMED);
            if (year != null && (year < 1 || year > 9999)) {
                entry.fail("year", ProblemCode.INTEGER_MALFORMED, Long.toString(year), "value", Long.toString(year),
                        "reason", "range");
                year = null;
            }
            Money wage = entry.money("wageFen");
            if (year != null && !years.add(year)) {
                entry.fail("year", ProblemCode.EFFECTIVE_DATE_DUPLICATE, Long.toString(year), "date", Long.toString(year));
                year = null;
            }
            if (year != null && wage != null) {
                b.putAverageMonthlyWages(Year.of(year.intValue()), wage);
            }
        }
    }

    private HolidayCalendar calendar(Obj doc) {
        Obj cal = doc.object("calendar", Set.of("holidays", "workdays"), Set.of());
        if (cal == null) {
            return null;
        }
        List<LocalDate> holidays = dates(cal, "holidays");
        List<LocalDate> workdays = dates(cal, "workdays");
        if (holidays == null || workdays == null) {
            return null;
        }
        Set<LocalDate> off = new TreeSet<>(holidays);
        boolean ok = true;
        List<Tree> items = cal.tree.members.get("workdays") == null ? List.of() : cal.tree.members.get("workdays").items;
        for (int i = 0; i < workdays.size(); i++) {
            if (off.contains(workdays.get(i))) {
                Tree t = items.get(i);
                issues.add(ProblemCode.CALENDAR_DAY_CONFLICT, t.pos, cal.path("workdays") + "[" + i + "]", t.text,
                        "date", t.text);
                ok = false;
            }
        }
        return ok ? HolidayCalendar.of(holidays, workdays) : null;
    }

    private List<LocalDate> dates(Obj cal, String name) {
        if (!cal.has(name)) {
            return List.of();
        }
        List<Tree> items = cal.array(name);
        if (items == null) {
            return null;
        }
        List<LocalDate> dates = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            LocalDate d = parse(items.get(i), cal.path(name) + "[" + i + "]", Convert::parseDate);
            ok &= d != null;
            dates.add(d);
        }
        return ok ? dates : null;
    }

    private MonitoredRegions regions(Obj doc) {
        List<Tree> items = doc.array("monitoredRegions");
        if (items == null) {
            return null;
        }
        List<DivisionCode> codes = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String field = "monitoredRegions[" + i + "]";
            DivisionCode code = parse(items.get(i), field, DivisionCode::check);
            if (code != null && code.level() != DivisionLevel.PROVINCE) {
                issues.add(ProblemCode.DIVISION_CODE_LEVEL, items.get(i).pos, field, code.toString(),
                        "code", code.toString(), "level", code.level().name(), "expected", DivisionLevel.PROVINCE.name());
                code = null;
            }
            ok &= code != null;
            codes.add(code);
        }
        return ok ? MonitoredRegions.of(codes) : null;
    }

    // ---- scalars ----

    private boolean type(Tree t, String field, Tree.Type expected) {
        if (t.type == expected) {
            return true;
        }
        if (t.type == Tree.Type.NULL) {
            issues.add(ProblemCode.JSON_NULL, t.pos, field, "null");
        } else {
            issues.add(ProblemCode.JSON_TYPE, t.pos, field, t.text, "expected", expected.json, "actual", t.type.json);
        }
        return false;
    }

    private Long integer(Tree t, String field, ProblemCode malformed) {
        if (t.type == Tree.Type.NUMBER || t.type == Tree.Type.INTEGER) {
            if (t.text.length() > ElementParser.MAX_NUMBER_LENGTH) {
                issues.add(ProblemCode.JSON_NUMBER_TOO_LONG, t.pos, field, t.text,
                        "length", Integer.toString(t.text.length()), "max", Integer.toString(ElementParser.MAX_NUMBER_LENGTH));
                return null;
            }
            if (t.type == Tree.Type.NUMBER) {
                String reason = t.text.indexOf('.') >= 0 ? "fraction" : "exponent";
                issues.add(malformed, t.pos, field, t.text, "value", t.text, "reason", reason);
                return null;
            }
            try {
                return Long.parseLong(t.text);
            } catch (NumberFormatException e) {
                issues.add(malformed, t.pos, field, t.text, "value", t.text, "reason", "range");
                return null;
            }
        }
        type(t, field, Tree.Type.INTEGER);
        return null;
    }

    private Money money(Tree t, String field) {
        Long fen = integer(t, field, ProblemCode.AMOUNT_MALFORMED);
        if (fen == null) {
            return null;
        }
        if (fen < 0) {
            issues.add(ProblemCode.VALUE_NEGATIVE, t.pos, field, t.text, "value", t.text);
            return null;
        }
        return Money.ofFen(fen);
    }

    private <T> T parse(Tree t, String field, Function<String, Parsed<T>> parser) {
        if (!type(t, field, Tree.Type.STRING)) {
            return null;
        }
        Parsed<T> parsed = parser.apply(t.text);
        if (!parsed.isValid()) {
            issues.add(parsed.code().orElseThrow(), t.pos, field, t.text, flatten(parsed.arguments()));
            return null;
        }
        return parsed.value();
    }

    private BasisPoints basisPoints(Tree t, String field) {
        Ratio ratio = parse(t, field, Ratio::check);
        if (ratio == null) {
            return null;
        }
        if (!ratio.isBetween(Ratio.ZERO, Ratio.ONE)) {
            issues.add(ProblemCode.RATIO_OUT_OF_RANGE, t.pos, field, t.text, "value", t.text, "min", "0/1", "max", "1/1");
            return null;
        }
        BigInteger[] qr = ratio.numerator().multiply(BigInteger.valueOf(BasisPoints.ONE_WHOLE))
                .divideAndRemainder(ratio.denominator());
        if (qr[1].signum() != 0) {
            issues.add(ProblemCode.RATIO_NOT_BASIS_POINTS, t.pos, field, t.text, "value", t.text);
            return null;
        }
        return BasisPoints.of(qr[0].longValueExact());
    }

    static String[] flatten(Map<String, String> arguments) {
        String[] out = new String[arguments.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : arguments.entrySet()) {
            out[i++] = e.getKey();
            out[i++] = e.getValue();
        }
        return out;
    }

    /** An object of the document, its members checked against the names it may and must have. */
    private final class Obj {
        final Tree tree;
        /** The dotted field of this object; empty for the root. */
        final String field;

        Obj(Tree tree, String field, Set<String> allowed, Set<String> required) {
            this.tree = tree;
            this.field = field;
            for (Map.Entry<String, Pos> name : tree.names.entrySet()) {
                if (!allowed.contains(name.getKey())) {
                    String path = path(name.getKey());
                    issues.add(ProblemCode.JSON_FIELD_UNKNOWN, name.getValue(), path, null, "field", path);
                }
            }
            for (String r : required) {
                if (!tree.members.containsKey(r)) {
                    String path = path(r);
                    issues.add(ProblemCode.JSON_FIELD_MISSING, tree.pos, path, null, "field", path);
                }
            }
        }

        String path(String name) {
            return field.isEmpty() ? name : field + "." + name;
        }

        boolean has(String name) {
            return tree.members.containsKey(name);
        }

        void fail(String name, ProblemCode code, String offending, String... namesAndValues) {
            Tree t = tree.members.get(name);
            issues.add(code, t != null ? t.pos : tree.pos, path(name), offending, namesAndValues);
        }

        /** Returns the member if present and of the type, else null (a violation if present). */
        private Tree member(String name, Tree.Type type) {
            Tree t = tree.members.get(name);
            return t != null && type(t, path(name), type) ? t : null;
        }

        String string(String name) {
            Tree t = member(name, Tree.Type.STRING);
            return t == null ? null : t.text;
        }

        Boolean bool(String name) {
            Tree t = member(name, Tree.Type.BOOLEAN);
            return t == null ? null : Boolean.valueOf(t.text);
        }

        <T> T parse(String name, Function<String, Parsed<T>> parser) {
            Tree t = tree.members.get(name);
            return t == null ? null : ProfileBinder.this.parse(t, path(name), parser);
        }

        Long integer(String name, ProblemCode malformed) {
            Tree t = tree.members.get(name);
            return t == null ? null : ProfileBinder.this.integer(t, path(name), malformed);
        }

        Money money(String name) {
            Tree t = tree.members.get(name);
            return t == null ? null : ProfileBinder.this.money(t, path(name));
        }

        BasisPoints basisPoints(String name) {
            Tree t = tree.members.get(name);
            return t == null ? null : ProfileBinder.this.basisPoints(t, path(name));
        }

        /** A count zero or more that fits an {@code int}. */
        Integer smallCount(String name) {
            Long n = integer(name, ProblemCode.INTEGER_MALFORMED);
            if (n == null) {
                return null;
            }
            if (n < 0) {
                fail(name, ProblemCode.VALUE_NEGATIVE, Long.toString(n), "value", Long.toString(n));
                return null;
            }
            if (n > Integer.MAX_VALUE) {
                fail(name, ProblemCode.INTEGER_MALFORMED, Long.toString(n), "value", Long.toString(n), "reason", "range");
                return null;
            }
            return n.intValue();
        }

        /** Hours zero or more, at most a hundred years' worth. */
        Long hours(String name) {
            Long n = integer(name, ProblemCode.INTEGER_MALFORMED);
            if (n == null) {
                return null;
            }
            if (n < 0) {
                fail(name, ProblemCode.VALUE_NEGATIVE, Long.toString(n), "value", Long.toString(n));
                return null;
            }
            if (n > 876_600L) {
                fail(name, ProblemCode.INTEGER_MALFORMED, Long.toString(n), "value", Long.toString(n), "reason", "range");
                return null;
            }
            return n;
        }

        Integer day(String name) {
            Long n = integer(name, ProblemCode.INTEGER_MALFORMED);
            if (n == null) {
                return null;
            }
            if (n < 1 || n > 31) {
                fail(name, ProblemCode.DAY_OF_MONTH_OUT_OF_RANGE, Long.toString(n), "value", Long.toString(n));
                return null;
            }
            return n.intValue();
        }

        List<Tree> array(String name) {
            Tree t = member(name, Tree.Type.ARRAY);
            return t == null ? null : t.items;
        }

        Obj object(String name, Set<String> allowed, Set<String> required) {
            Tree t = member(name, Tree.Type.OBJECT);
            return t == null ? null : new Obj(t, path(name), allowed, required);
        }

        /** The object at index i of the list {@code name}, or null (a violation) if not an object. */
        Obj item(String name, Tree t, int i, Set<String> allowed, Set<String> required) {
            String path = path(name) + "[" + i + "]";
            return type(t, path, Tree.Type.OBJECT) ? new Obj(t, path, allowed, required) : null;
        }

        /**
         * Reads a list of dated entries {@code {"from": DATE, "source": TEXT, …}} into a timeline:
         * null when absent or when an entry has a violation. Two entries from one date are
         * {@link ProblemCode#EFFECTIVE_DATE_DUPLICATE} at the later one.
         */
        <T> Timeline<T> timeline(String name, Set<String> fields, Set<String> required, Function<Obj, T> value) {
            List<Tree> items = array(name);
            if (items == null) {
                return null;
            }
            Set<String> allowed = new LinkedHashSet<>(fields);
            allowed.add("from");
            allowed.add("source");
            Set<String> must = new LinkedHashSet<>(required);
            must.add("from");
            List<Effective<T>> entries = new ArrayList<>();
            Set<LocalDate> seen = new TreeSet<>();
            boolean ok = true;
            for (int i = 0; i < items.size(); i++) {
                Obj entry = item(name, items.get(i), i, allowed, must);
                if (entry == null) {
                    ok = false;
                    continue;
                }
                entry.string("source");
                LocalDate from = entry.parse("from", Convert::parseDate);
                if (from != null && !seen.add(from)) {
                    entry.fail("from", ProblemCode.EFFECTIVE_DATE_DUPLICATE, from.toString(), "date", from.toString());
                    from = null;
                }
                T v = value.apply(entry);
                if (from == null || v == null) {
                    ok = false;
                } else {
                    entries.add(Effective.of(from, v));
                }
            }
            return ok ? Timeline.of(entries) : null;
        }
    }
}
