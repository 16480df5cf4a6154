package io.github.baozhang.examples.cli.sample;

import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.enterprise.SelectionPolicy;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.id.AdminDivision;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.incident.IncidentSeverity;
import io.github.baozhang.incident.IncidentStatus;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.reporting.Deadlines;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bundled sample: a <b>synthetic</b> data set, generated from a seed, of the 151 monitored
 * enterprises of the 1999 notice across its 15 regions and three industries, and twelve months of
 * their monthly reports (2000-01 to 2000-12) with the incidents they report.
 *
 * <p>Nothing here is real data: names, codes and figures are drawn from a seeded
 * {@link java.util.Random} (whose algorithm the JDK specifies, so the same seed gives the same
 * sample on every JDK), shaped by the real figures of the time — 15 regions and how many
 * laid-off workers each held, allowances of 155–361 yuan and contributions of 100–160 yuan a
 * head and month, funds far from thirds, some enterprises in arrears. Organisation codes carry
 * valid check characters; cities are prefectures of the 1999 GB/T 2260 revision; Shougang
 * external enterprises are local metallurgy plants.
 *
 * <p>Realistic flaws, counted: late reports, reports never sent, amended reports (revision 2,
 * usually arriving with the next month's batch), identical re-sends, and <em>planted</em>
 * revision conflicts (two different revision-1 reports of one enterprise and month), which the
 * roll-up rejects. Every document the sample writes passes the strict readers with no violation.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Sample {

    /** The seed of the bundled sample: the notice's date, 1999-11-26. */
    public static final long DEFAULT_SEED = 19991126L;

    /** The year of the twelve reported months. */
    public static final Year YEAR = Year.of(2000);

    /** The number of monitored enterprises. */
    public static final int ENTERPRISES = 151;

    /** The 15 regions of the notice, in code order. */
    static final String[] PROVINCES = {"130000", "140000", "150000", "210000", "220000", "230000", "340000",
        "360000", "410000", "430000", "450000", "510000", "520000", "610000", "620000"};

    /** Monitored enterprises per region, summing to 151, shaped by the regions' laid-off workers. */
    private static final int[] COUNTS = {9, 10, 7, 18, 10, 17, 8, 9, 11, 13, 6, 12, 6, 9, 6};

    /** Allowance per head and month by region, yuan (155–361 in 2000). */
    private static final int[] ALLOWANCE_YUAN = {210, 190, 180, 230, 200, 215, 185, 165, 175, 190, 160, 180, 155, 170, 165};

    /** Regions with a Shougang external plant (its first enterprise is the plant). */
    private static final Set<String> SHOUGANG = Set.of("130000", "140000", "220000", "520000");

    private static final String[][] WORDS = {
        {"机械厂", "电子仪器厂", "光学仪器厂", "化工厂", "无线电厂", "机电厂"},
        {"钢铁厂", "轧钢厂", "铁合金厂", "特殊钢厂", "焦化厂", "钢管厂"},
        {"铝厂", "铜矿", "铅锌矿", "冶炼厂", "钨矿", "锡矿"}};

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private static final String[] CAUSES = {"拖欠基本生活费", "未足额代缴社会保险费", "企业破产安置争议", "协议期满出中心", "集资款未退还"};

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    /** Months in which one revision conflict is planted. */
    private static final int[] CONFLICT_MONTHS = {3, 7, 11};

    /**
     * An enterprise and period, as a planted flaw names it.
     *
     * @param enterpriseId  the enterprise
     * @param period  the period
     */
    public record EnterprisePeriod(OrganizationCode enterpriseId, YearMonth period) {
    }

    private final long seed;
    private final List<Enterprise> registry;
    private final TreeMap<YearMonth, List<MonthlyReport>> batches = new TreeMap<>();
    private final List<Incident> incidents;
    private final List<FundingCase> fundingCases;
    private final HolidayCalendar calendar;
    private final List<EnterprisePeriod> conflicts = new ArrayList<>();
    private final List<EnterprisePeriod> missing = new ArrayList<>();
    private final List<EnterprisePeriod> late = new ArrayList<>();
    private final List<EnterprisePeriod> amended = new ArrayList<>();
    private final List<EnterprisePeriod> resent = new ArrayList<>();
    private final TreeMap<YearMonth, List<Figures>> figures = new TreeMap<>();

    /**
     * What one enterprise paid its workers in the centre in one month, as its latest report says
     * (or would have said, for a report never sent): the worker rows are drawn from it.
     *
     * @param index  the enterprise's place in the registry
     * @param enterprise  the enterprise
     * @param period  the month
     * @param inCentre  the workers in the centre: one row each
     * @param allowancePerHeadFen  the allowance due per worker
     * @param contributionsPerHeadFen  the contributions due per worker
     * @param allowancePaidFen  the allowance paid in all
     * @param contributionsPaidFen  the contributions paid in all
     * @param paidOn  the day the allowance was paid, or null when nothing was
     * @param reported  whether a report of the month was sent
     * @param conflict  whether a revision conflict is planted in the month
     */
    record Figures(int index, Enterprise enterprise, YearMonth period, long inCentre, long allowancePerHeadFen,
            long contributionsPerHeadFen, long allowancePaidFen, long contributionsPaidFen, LocalDate paidOn,
            boolean reported, boolean conflict) {
    }

    private Sample(long seed) {
        this.seed = seed;
        this.calendar = calendar2000();
        Random top = new Random(seed);
        Map<Integer, Integer> conflictAt = new TreeMap<>();
        for (int month : CONFLICT_MONTHS) {
            int index = top.nextInt(ENTERPRISES);
            while (conflictAt.containsKey(index)) {
                index = (index + 1) % ENTERPRISES;
            }
            conflictAt.put(index, month);
        }
        Gb2260 table = Gb2260.of(Gb2260Revision.R1999);
        Set<String> bodies = new HashSet<>();
        List<Enterprise> enterprises = new ArrayList<>();
        List<Incident> allIncidents = new ArrayList<>();
        List<FundingCase> cases = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            batches.put(YEAR.atMonth(m), new ArrayList<>());
            figures.put(YEAR.atMonth(m), new ArrayList<>());
        }
        int index = 0;
        for (int p = 0; p < PROVINCES.length; p++) {
            DivisionCode province = DivisionCode.parse(PROVINCES[p]);
            List<AdminDivision> cities = table.childrenOf(province).stream()
                    .filter(d -> d.level() == DivisionLevel.PREFECTURE).toList();
            for (int k = 0; k < COUNTS[p]; k++, index++) {
                Random r = new Random(seed * 31 + index * 1_000_003L);
                boolean shougang = k == 0 && SHOUGANG.contains(PROVINCES[p]);
                Enterprise e = enterprise(r, index, province, cities, shougang, bodies);
                enterprises.add(e);
                months(r, index, e, ALLOWANCE_YUAN[p], Optional.ofNullable(conflictAt.get(index)), allIncidents, cases);
            }
        }
        this.registry = List.copyOf(enterprises);
        for (Map.Entry<YearMonth, List<MonthlyReport>> batch : batches.entrySet()) {
            List<MonthlyReport> list = batch.getValue();
            list.sort(Comparator.comparing(MonthlyReport::submittedAt)
                    .thenComparing(MonthlyReport::enterpriseId)
                    .thenComparing(MonthlyReport::period)
                    .thenComparingInt(MonthlyReport::revision)
                    .thenComparingLong(MonthlyReport::laidOffWorkers));
            batch.setValue(List.copyOf(list));
        }
        figures.replaceAll((month, list) -> List.copyOf(list));
        allIncidents.sort(Comparator.comparing(Incident::occurredAt).thenComparing(Incident::enterpriseId));
        List<Incident> numbered = new ArrayList<>();
        for (int i = 0; i < allIncidents.size(); i++) {
            Incident inc = allIncidents.get(i);
            numbered.add(Incident.builder().from(inc)
                    .id(String.format("INC-%s-%03d", YearMonth.from(inc.occurredAt()), i + 1)).build());
        }
        this.incidents = List.copyOf(numbered);
        this.fundingCases = List.copyOf(cases);
    }

    /**
     * Generates the sample of a seed.
     *
     * @param seed  the seed; {@link #DEFAULT_SEED} gives the bundled sample
     * @return the sample, not null
     */
    public static Sample generate(long seed) {
        return new Sample(seed);
    }

    /**
     * Returns the bundled sample, of {@link #DEFAULT_SEED}.
     *
     * @return the sample, not null
     */
    public static Sample bundled() {
        return generate(DEFAULT_SEED);
    }

    private Enterprise enterprise(Random r, int index, DivisionCode province, List<AdminDivision> cities, boolean shougang,
            Set<String> bodies) {
        Industry industry;
        if (shougang || index == 0) {
            industry = Industry.METALLURGY;
        } else if (index == 1) {
            industry = Industry.MILITARY;
        } else if (index == 2) {
            industry = Industry.NONFERROUS;
        } else {
            int draw = r.nextInt(100);
            industry = draw < 35 ? Industry.MILITARY : draw < 75 ? Industry.METALLURGY : Industry.NONFERROUS;
        }
        int centralPercent = switch (industry) {
            case MILITARY -> 60;
            case NONFERROUS -> 50;
            default -> 35;
        };
        Affiliation affiliation = !shougang && r.nextInt(100) < centralPercent ? Affiliation.CENTRAL : Affiliation.LOCAL;
        AdminDivision city = cities.get(r.nextInt(cities.size()));
        String cityName = shortName(city.name());
        String name = shougang
                ? "首钢" + cityName + "钢铁厂"
                : cityName + "第" + NUMERALS[r.nextInt(NUMERALS.length)] + WORDS[industry.ordinal()][r.nextInt(6)];
        String body;
        do {
            body = String.format("%08d", r.nextInt(100_000_000));
        } while (!bodies.add(body));
        OrganizationCode id = OrganizationCode.parse(body + OrganizationCode.checkCharacter(body));
        int bucket = r.nextInt(100);
        long laidOff = bucket < 40 ? 200 + r.nextInt(800) : bucket < 80 ? 1000 + r.nextInt(3000) : 4000 + r.nextInt(5001);
        long employees = laidOff + laidOff * (80 + r.nextInt(221)) / 100;
        int prod = r.nextInt(100);
        ProductionStatus production = prod < 25 ? ProductionStatus.STOPPED
                : prod < 70 ? ProductionStatus.HALF_STOPPED : ProductionStatus.NORMAL;
        boolean severeLoss = r.nextInt(100) < (production == ProductionStatus.NORMAL ? 40 : 85);
        Enterprise e = Enterprise.builder()
                .id(id)
                .name(name)
                .province(province)
                .city(city.code())
                .industry(industry)
                .affiliation(affiliation)
                .shougangExternal(shougang)
                .production(production)
                .severeLoss(severeLoss)
                .employees(employees)
                .laidOffWorkers(laidOff)
                .fundingBlindSpot(r.nextInt(100) < 20)
                .incidentHistory(r.nextInt(100) < 15)
                .hiddenRisk(r.nextInt(100) < 25)
                .build();
        if (!SelectionPolicy.notice1999().evaluate(e).selected()) {
            // Every monitored enterprise met a criterion of the notice.
            e = Enterprise.builder().from(e).hiddenRisk(true).build();
        }
        return e;
    }

    private static String shortName(String name) {
        if (name.endsWith("地区") || name.endsWith("市") || name.endsWith("盟")) {
            return name.substring(0, name.length() - (name.endsWith("地区") ? 2 : 1));
        }
        return name;
    }

    /** Twelve months of one enterprise: its reports into the batches, its incidents, its funding case. */
    private void months(Random r, int index, Enterprise e, int allowanceYuan, Optional<Integer> conflictMonth,
            List<Incident> allIncidents, List<FundingCase> cases) {
        long allowancePerHead = allowanceYuan * 100L + r.nextInt(3001);
        long contributionsPerHead = 10_000L + r.nextInt(6001);
        int arrears = r.nextInt(100) < (e.production() == ProductionStatus.STOPPED ? 25 : 8) ? 2
                : r.nextInt(100) < 25 ? 1 : 0;
        Ratio ratio = e.production() == ProductionStatus.STOPPED && r.nextBoolean() ? Ratio.ZERO
                : e.production() == ProductionStatus.NORMAL && !e.severeLoss() ? Ratio.TWO_THIRDS : Ratio.ONE_THIRD;
        int capacityBp = arrears == 2 ? 2000 + r.nextInt(4001) : arrears == 1 ? 6000 + r.nextInt(3501) : 9500 + r.nextInt(501);
        int lateBp = r.nextInt(100) < 10 ? 3500 : 400;
        int missingBp = r.nextInt(100) < 3 ? 3000 : 150;
        int incidentBp = e.hiddenRisk() || e.incidentHistory() ? 400 : 50;
        int shareBp = 8800 + r.nextInt(1101);
        int agreeBp = 9300 + r.nextInt(701);
        long laidOff = e.laidOffWorkers();
        long yearRequirement = 0;
        long[] yearReceived = new long[3];
        long uiArrears = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth period = YEAR.atMonth(m);
            long inCentreStart = laidOff * shareBp / 10_000;
            long newLaidOff = laidOff * r.nextInt(e.production() == ProductionStatus.NORMAL ? 60 : 200) / 10_000;
            newLaidOff = Math.min(newLaidOff, e.employees() - laidOff);
            long reemployed = inCentreStart * (50 + r.nextInt(250)) / 10_000;
            long expired = inCentreStart * r.nextInt(100) / 10_000;
            laidOff = laidOff + newLaidOff - reemployed - expired;
            shareBp = Math.min(9950, shareBp + 10);
            long inCentre = laidOff * shareBp / 10_000;
            long agreements = inCentre * agreeBp / 10_000;
            long allowanceDue = Math.multiplyExact(inCentre, allowancePerHead);
            long contributionsDue = Math.multiplyExact(inCentre, contributionsPerHead);
            int paidBp = arrears == 0 ? 10_000 : arrears == 1 ? (r.nextInt(100) < 70 ? 10_000 : 8500 + r.nextInt(1500))
                    : 5000 + r.nextInt(4001);
            int contributionsBp = arrears == 0 ? 10_000 : Math.max(0, paidBp - r.nextInt(1501));
            long allowancePaid = allowanceDue * paidBp / 10_000;
            long contributionsPaid = contributionsDue * contributionsBp / 10_000;
            LocalDate paidOn = period.atDay(5 + r.nextInt(16));
            long requirement = allowanceDue + contributionsDue;
            SourceAmounts plan = ThreeThirds.plan(Money.ofFen(requirement), ratio);
            int monthCapacityBp = Math.min(10_000, capacityBp + r.nextInt(1001) - 500);
            SourceAmounts received = SourceAmounts.ofFen(
                    plan.enterprise().fen() * Math.max(0, monthCapacityBp) / 10_000,
                    plan.social().fen() * (arrears == 2 ? 8500 + r.nextInt(1501) : 10_000) / 10_000,
                    plan.fiscal().fen() * (r.nextInt(100) < 85 ? 10_000 : 9000 + r.nextInt(1001)) / 10_000);
            yearRequirement += requirement;
            yearReceived[0] += received.enterprise().fen();
            yearReceived[1] += received.social().fen();
            yearReceived[2] += received.fiscal().fen();
            uiArrears += contributionsDue - contributionsPaid;
            long incidentCount = 0;
            if (r.nextInt(10_000) < incidentBp) {
                incidentCount = 1;
                allIncidents.add(incident(r, e, period));
            }
            boolean conflict = conflictMonth.isPresent() && conflictMonth.get() == m;
            boolean isMissing = !conflict && r.nextInt(10_000) < missingBp;
            boolean isLate = r.nextInt(10_000) < lateBp;
            boolean isAmended = !conflict && r.nextInt(10_000) < 500;
            boolean isResent = !conflict && r.nextInt(10_000) < 100;
            LocalDate due = Deadlines.dueDay(period, calendar);
            LocalDate day;
            if (isLate) {
                day = due.plusDays(1 + r.nextInt(12));
            } else {
                LocalDate first = period.plusMonths(1).atDay(1);
                day = first.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(first, due) + 1));
            }
            OffsetDateTime at = OffsetDateTime.of(day, LocalTime.of(8 + r.nextInt(10), r.nextInt(60), r.nextInt(60)), BEIJING);
            // The amendment (below) settles the month's allowance in full on the 1st of the next month.
            figures.get(period).add(isAmended && !isMissing
                    ? new Figures(index, e, period, inCentre, allowancePerHead, contributionsPerHead, allowanceDue,
                            contributionsPaid, allowanceDue == 0 ? null : period.plusMonths(1).atDay(1), true, conflict)
                    : new Figures(index, e, period, inCentre, allowancePerHead, contributionsPerHead, allowancePaid,
                            contributionsPaid, allowancePaid == 0 ? null : paidOn, !isMissing, conflict));
            if (isMissing) {
                missing.add(new EnterprisePeriod(e.id(), period));
                continue;
            }
            MonthlyReport report = MonthlyReport.builder()
                    .enterpriseId(e.id())
                    .period(period)
                    .revision(1)
                    .submittedAt(at)
                    .submittedBy(e.city())
                    .laidOffWorkers(laidOff)
                    .inCentre(inCentre)
                    .agreementsSigned(agreements)
                    .allowance(allowancePaid == 0 ? Payment.ofFen(allowanceDue, 0) : Payment.ofFen(allowanceDue, allowancePaid, paidOn))
                    .contributions(Payment.ofFen(contributionsDue, contributionsPaid))
                    .funds(FundsReport.of(plan, received))
                    .postedPublicly(r.nextInt(100) < 95)
                    .reemployed(reemployed)
                    .leftCentre(reemployed + expired)
                    .incidents(incidentCount)
                    .build();
            batches.get(period).add(report);
            if (isLate) {
                late.add(new EnterprisePeriod(e.id(), period));
            }
            if (conflict) {
                // Planted: a second, different revision 1 from another clerk two hours later.
                conflicts.add(new EnterprisePeriod(e.id(), period));
                batches.get(period).add(MonthlyReport.builder().from(report)
                        .submittedAt(at.plusHours(2))
                        .laidOffWorkers(laidOff + 7)
                        .build());
            }
            if (isResent) {
                resent.add(new EnterprisePeriod(e.id(), period));
                batches.get(period).add(report.withSubmittedAt(at.plusDays(1)));
            }
            if (isAmended) {
                // Revision 2 settles the month's allowance in full, a few days to three weeks later;
                // it usually travels with the next month's batch.
                amended.add(new EnterprisePeriod(e.id(), period));
                MonthlyReport second = MonthlyReport.builder().from(report)
                        .revision(2)
                        .submittedAt(at.plusDays(2 + r.nextInt(19)))
                        .allowance(allowanceDue == 0 ? Payment.ofFen(0, 0)
                                : Payment.ofFen(allowanceDue, allowanceDue, period.plusMonths(1).atDay(1)))
                        .build();
                YearMonth batch = m < 12 ? period.plusMonths(1) : period;
                batches.get(batch).add(second);
            }
        }
        cases.add(FundingCase.builder()
                .id(e.id().toString())
                .affiliation(e.affiliation())
                .shougangExternal(e.shougangExternal())
                .period(YEAR.atMonth(1))
                .requirement(Money.ofFen(yearRequirement))
                .enterpriseRatio(ratio)
                .received(SourceAmounts.ofFen(yearReceived[0], yearReceived[1], yearReceived[2]))
                .uiArrears(Money.ofFen(uiArrears))
                .build());
    }

    private static Incident incident(Random r, Enterprise e, YearMonth period) {
        OffsetDateTime occurred = OffsetDateTime.of(period.atDay(1 + r.nextInt(period.lengthOfMonth())),
                LocalTime.of(7 + r.nextInt(12), r.nextInt(60)), BEIJING);
        long participants = 30 + r.nextInt(571);
        IncidentSeverity severity = participants > 300 ? IncidentSeverity.MAJOR : IncidentSeverity.GENERAL;
        Incident.Builder b = Incident.builder()
                .id("pending")
                .enterpriseId(e.id())
                .occurredAt(occurred)
                .reportedAt(occurred.plusHours(1 + r.nextInt(48)))
                .participants(participants)
                .cause(CAUSES[r.nextInt(CAUSES.length)])
                .severity(severity)
                .status(period.getMonthValue() >= 11 ? IncidentStatus.CONTAINED : IncidentStatus.RESOLVED);
        if (severity == IncidentSeverity.MAJOR) {
            b.provinceOnSceneAt(occurred.plusHours(2 + r.nextInt(11)));
        }
        return b.build();
    }

    /**
     * The working-day calendar of the sample: modelled on the State Council's holiday arrangement
     * for 2000 and January 2001 (New Year, the Spring Festival, Labour Day and National Day weeks,
     * with the weekend days made working days). Synthetic: check against the official notice
     * before relying on it.
     */
    private static HolidayCalendar calendar2000() {
        Set<LocalDate> holidays = new LinkedHashSet<>();
        range(holidays, "2000-01-01", "2000-01-03");
        range(holidays, "2000-02-04", "2000-02-10");
        range(holidays, "2000-05-01", "2000-05-07");
        range(holidays, "2000-10-01", "2000-10-07");
        range(holidays, "2001-01-01", "2001-01-01");
        range(holidays, "2001-01-24", "2001-01-30");
        List<LocalDate> workdays = List.of(LocalDate.parse("2000-02-12"), LocalDate.parse("2000-02-13"),
                LocalDate.parse("2000-04-29"), LocalDate.parse("2000-04-30"), LocalDate.parse("2000-09-30"),
                LocalDate.parse("2000-10-08"), LocalDate.parse("2001-01-20"), LocalDate.parse("2001-01-21"));
        return HolidayCalendar.of(holidays, workdays);
    }

    private static void range(Set<LocalDate> into, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            into.add(d);
        }
    }

    /**
     * Returns what each enterprise paid in a month, in registry order.
     *
     * @param period  one of {@link #periods()}
     * @return the figures, not null; empty for another month
     */
    List<Figures> figures(YearMonth period) {
        return figures.getOrDefault(period, List.of());
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the twelve periods, 2000-01 to 2000-12.
     *
     * @return the periods in order, not null
     */
    public List<YearMonth> periods() {
        return List.copyOf(batches.keySet());
    }

    /**
     * Returns the registry of the 151 monitored enterprises, by region in code order.
     *
     * @return the enterprises, not null
     */
    public List<Enterprise> registry() {
        return registry;
    }

    /**
     * Returns the reports received in the batch of a month: the reports of that period, and the
     * amendments (revision 2) of the month before, in the order submitted.
     *
     * @param batch  one of {@link #periods()}
     * @return the reports, not null; empty for another month
     */
    public List<MonthlyReport> batch(YearMonth batch) {
        return batches.getOrDefault(batch, List.of());
    }

    /**
     * Returns every report of every batch.
     *
     * @return the reports, batch after batch, not null
     */
    public List<MonthlyReport> reports() {
        List<MonthlyReport> all = new ArrayList<>();
        batches.values().forEach(all::addAll);
        return all;
    }

    /**
     * Returns the incidents the enterprises reported, in the order they occurred.
     *
     * @return the incidents, not null
     */
    public List<Incident> incidents() {
        return incidents;
    }

    /**
     * Returns one funding case per enterprise for the year: its requirement (allowance and
     * contributions due over the twelve months), its enterprise ratio, the funds received and the
     * unemployment-insurance arrears (contributions left unpaid).
     *
     * @return the cases, in registry order, not null
     */
    public List<FundingCase> fundingCases() {
        return fundingCases;
    }

    /**
     * Returns the working-day calendar of 2000 (see the class notes: synthetic).
     *
     * @return the calendar, not null
     */
    public HolidayCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the planted revision conflicts: enterprises and periods with two different
     * revision-1 reports, which the roll-up rejects (the enterprise counts as not reported).
     *
     * @return the conflicts, not null
     */
    public List<EnterprisePeriod> conflicts() {
        return List.copyOf(conflicts);
    }

    /**
     * Returns the enterprises and periods never reported.
     *
     * @return the missing reports, not null
     */
    public List<EnterprisePeriod> missing() {
        return List.copyOf(missing);
    }

    /**
     * Returns the enterprises and periods first reported after the deadline.
     *
     * @return the late reports, not null
     */
    public List<EnterprisePeriod> late() {
        return List.copyOf(late);
    }

    /**
     * Returns the enterprises and periods amended by a revision 2.
     *
     * @return the amended reports, not null
     */
    public List<EnterprisePeriod> amended() {
        return List.copyOf(amended);
    }

    /**
     * Returns the enterprises and periods whose report was sent twice with the same content.
     *
     * @return the re-sent reports, not null
     */
    public List<EnterprisePeriod> resent() {
        return List.copyOf(resent);
    }
}
