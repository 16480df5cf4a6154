package io.github.baozhang.reporting.render;

import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.funding.FundingSource;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.reporting.BulletinView;
import io.github.baozhang.reporting.Indicator;
import io.github.baozhang.reporting.Indicators;
import io.github.baozhang.reporting.ProvinceRanking;
import io.github.baozhang.report.ReportSummary;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of a rendering as plain text cells, shared by the Markdown and HTML renderers,
 * which escape them. Formatting only: every figure comes from the view.
 */
final class Tables {

    /** One table: a heading, its column headers and its rows. */
    static final class Table {
        final String key;
        final String heading;
        final List<String> headers;
        final List<List<String>> rows = new ArrayList<>();
        String note;
        /** How many leading columns hold text (aligned left); the others hold figures. */
        int textColumns = 1;

        Table(String key, String heading, List<String> headers) {
            this.key = key;
            this.heading = heading;
            this.headers = headers;
        }
    }

    private Tables() {
    }

    static String count(long value) {
        return Long.toString(value);
    }

    static String yuan(Money amount) {
        return amount.toString();
    }

    /** Exact fen beyond the {@code long} range as yuan with two decimals, as {@link Money#toString()}. */
    static String yuan(BigInteger fen) {
        BigInteger[] qr = fen.abs().divideAndRemainder(BigInteger.valueOf(100));
        int cents = qr[1].intValue();
        return (fen.signum() < 0 ? "-" : "") + qr[0] + "." + (cents < 10 ? "0" : "") + cents;
    }

    /** A rate in basis points as a percentage with two decimals, rounded down: 9512 → 95.12%. */
    static String percent(BasisPoints bp) {
        long v = bp.value();
        long frac = v % 100;
        return v / 100 + "." + (frac < 10 ? "0" : "") + frac + "%";
    }

    static String indicator(Indicator i, Labels l) {
        return i.numerator() + "/" + i.denominator() + " (" + i.basisPoints().map(Tables::percent).orElse(l.get("none")) + ")";
    }

    static String optional(Optional<Long> value, Labels l) {
        return value.map(String::valueOf).orElse(l.get("none"));
    }

    static List<Table> of(BulletinView view, Labels l) {
        List<Table> out = new ArrayList<>();
        out.add(national(view, l));
        out.add(provinces(view, l));
        out.add(industries(view, l));
        out.add(funds(view, l));
        out.add(ranking(view, l));
        view.trend().ifPresent(t -> out.add(trend(t.months(), l)));
        out.add(alerts(view, l));
        return out;
    }

    private static Table national(BulletinView view, Labels l) {
        Table t = new Table("national", l.get("national"), List.of(l.get("figure"), l.get("value")));
        Indicators n = view.national();
        ReportSummary s = n.summary();
        row(t, l.get("monitored"), count(s.monitored()));
        row(t, l.get("reported"), count(s.reported()));
        row(t, l.get("onTime"), count(s.onTime()));
        row(t, l.get("completeness"), indicator(n.completeness(), l));
        row(t, l.get("timeliness"), indicator(n.timeliness(), l));
        row(t, l.get("laidOffWorkers"), count(s.laidOffWorkers()));
        row(t, l.get("newLaidOff"), optional(n.newLaidOff(), l));
        row(t, l.get("reducedLaidOff"), optional(n.reducedLaidOff(), l));
        row(t, l.get("inCentre"), count(s.inCentre()));
        row(t, l.get("inCentreShare"), indicator(n.inCentreShare(), l));
        row(t, l.get("agreementShare"), indicator(n.agreementShare(), l));
        row(t, l.get("reemployed"), count(s.reemployed()));
        row(t, l.get("reemploymentRate"), indicator(n.reemploymentRate(), l));
        row(t, l.get("leftCentre"), count(s.leftCentre()));
        row(t, l.get("incidents"), count(s.incidents()));
        row(t, l.get("allowanceDue"), yuan(s.allowanceDue()));
        row(t, l.get("allowancePaid"), yuan(s.allowancePaid()));
        row(t, l.get("allowancePaidShare"), indicator(n.allowancePaidShare(), l));
        row(t, l.get("allowanceArrears"), yuan(n.allowanceArrears()));
        row(t, l.get("contributionsDue"), yuan(s.contributionsDue()));
        row(t, l.get("contributionsPaid"), yuan(s.contributionsPaid()));
        row(t, l.get("contributionsArrears"), yuan(n.contributionsArrears()));
        row(t, l.get("arrivalOverall"), indicator(n.arrivalOverall(), l));
        view.riskLevels().ifPresent(levels -> levels.forEach((level, count) ->
                row(t, l.get("risk") + " " + l.get(level.name()), count(count))));
        return t;
    }

    private static void row(Table t, String... cells) {
        t.rows.add(List.of(cells));
    }

    private static List<String> levelHeaders(String first, Labels l) {
        return List.of(first, l.get("monitored"), l.get("reported"), l.get("onTime"), l.get("completeness"),
                l.get("timeliness"), l.get("laidOffWorkers"), l.get("inCentreShare"), l.get("agreementShare"),
                l.get("reemploymentRate"), l.get("arrivalOverall"), l.get("allowanceArrears"),
                l.get("contributionsArrears"), l.get("incidents"));
    }

    private static List<String> levelRow(String name, Indicators i, Labels l) {
        ReportSummary s = i.summary();
        return List.of(name, count(s.monitored()), count(s.reported()), count(s.onTime()),
                indicator(i.completeness(), l), indicator(i.timeliness(), l), count(s.laidOffWorkers()),
                indicator(i.inCentreShare(), l), indicator(i.agreementShare(), l), indicator(i.reemploymentRate(), l),
                indicator(i.arrivalOverall(), l), yuan(i.allowanceArrears()), yuan(i.contributionsArrears()),
                count(s.incidents()));
    }

    private static Table provinces(BulletinView view, Labels l) {
        Table t = new Table("provinces", l.get("provinces"), levelHeaders(l.get("province"), l));
        for (Map.Entry<DivisionCode, Indicators> e : view.provinces().entrySet()) {
            t.rows.add(levelRow(provinceLabel(view, e.getKey()), e.getValue(), l));
        }
        return t;
    }

    static String provinceLabel(BulletinView view, DivisionCode code) {
        String name = view.provinceName(code);
        return name.equals(code.toString()) ? name : name + " " + code;
    }

    private static Table industries(BulletinView view, Labels l) {
        Table t = new Table("industries", l.get("industries"), levelHeaders(l.get("industry"), l));
        for (Map.Entry<Industry, Indicators> e : view.industries().entrySet()) {
            t.rows.add(levelRow(l.get(e.getKey().name()), e.getValue(), l));
        }
        return t;
    }

    private static Table funds(BulletinView view, Labels l) {
        Table t = new Table("funds", l.get("funds"),
                List.of(l.get("source"), l.get("plan"), l.get("received"), l.get("arrival")));
        Indicators n = view.national();
        for (FundingSource source : FundingSource.values()) {
            row(t, l.get(source.name()), yuan(n.summary().fundsPlan().get(source)),
                    yuan(n.summary().fundsReceived().get(source)), indicator(n.arrival(source), l));
        }
        row(t, l.get("national"), yuan(n.summary().fundsPlan().exactTotalFen()),
                yuan(n.summary().fundsReceived().exactTotalFen()),
                indicator(n.arrivalOverall(), l));
        return t;
    }

    private static Table ranking(BulletinView view, Labels l) {
        Table t = new Table("ranking", l.get("ranking"), List.of(l.get("rank"), l.get("province"),
                l.get("arrivalOverall"), l.get("timeliness"), l.get("completeness")));
        for (ProvinceRanking.Entry e : view.ranking().entries()) {
            Indicators i = e.indicators();
            row(t, count(e.rank()), provinceLabel(view, e.province()), indicator(i.arrivalOverall(), l),
                    indicator(i.timeliness(), l), indicator(i.completeness(), l));
        }
        t.note = l.get("rankingKey");
        t.textColumns = 2;
        return t;
    }

    private static Table trend(Map<YearMonth, Indicators> months, Labels l) {
        Table t = new Table("trend", l.get("trend"), List.of(l.get("month"), l.get("monitored"),
                l.get("completeness"), l.get("laidOffWorkers"), l.get("newLaidOff"), l.get("reducedLaidOff"),
                l.get("reemploymentRate"), l.get("arrivalOverall"), l.get("incidents")));
        months.forEach((m, i) -> row(t, m.toString(), count(i.summary().monitored()), indicator(i.completeness(), l),
                count(i.summary().laidOffWorkers()), optional(i.newLaidOff(), l), optional(i.reducedLaidOff(), l),
                indicator(i.reemploymentRate(), l), indicator(i.arrivalOverall(), l), count(i.incidents())));
        return t;
    }

    private static Table alerts(BulletinView view, Labels l) {
        Table t = new Table("alerts", l.get("alerts"), List.of(l.get("code"), l.get("subject"), l.get("details")));
        t.textColumns = 3;
        for (Finding f : view.bulletin().alerts()) {
            row(t, f.code().code() + " " + f.code().name(), f.subject(), l.alertText(f));
        }
        if (t.rows.isEmpty()) {
            t.note = l.get("noAlerts");
        }
        return t;
    }
}
