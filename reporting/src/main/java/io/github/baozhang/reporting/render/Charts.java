package io.github.baozhang.reporting.render;

import io.github.baozhang.funding.FundingSource;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.reporting.BulletinView;
import io.github.baozhang.reporting.Indicator;
import io.github.baozhang.reporting.Indicators;
import io.github.baozhang.reporting.Trend;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The inline SVG charts of the HTML page, well-formed XML with every text escaped. Geometry
 * only: the figures come from the view; a bar's length is its rate (at most 100 %) or its
 * amount over the largest amount of the chart.
 */
final class Charts {

    private static final int LABEL = 170;
    private static final int BAR = 360;
    private static final int ROW = 24;
    private static final String[] COLOURS = {"#b22222", "#1f5fa8"};

    private Charts() {
    }

    private static long rateOf(Indicator i) {
        return Math.min(10_000L, i.basisPoints().map(b -> b.value()).orElse(0L));
    }

    static String arrivalByProvince(BulletinView view, Labels l) {
        int n = view.provinces().size();
        int height = 30 + Math.max(1, n) * ROW;
        int width = LABEL + BAR + 90;
        StringBuilder s = open(width, height, l.get("chartArrival"));
        int y = 30;
        for (Map.Entry<DivisionCode, Indicators> e : view.provinces().entrySet()) {
            Indicator rate = e.getValue().arrivalOverall();
            long len = rateOf(rate) * BAR / 10_000L;
            text(s, LABEL - 6, y + 15, "end", Tables.provinceLabel(view, e.getKey()));
            s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(len)
                    .append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(COLOURS[0]).append("\"/>");
            text(s, LABEL + len + 6, y + 15, "start",
                    rate.basisPoints().map(Tables::percent).orElse(l.get("none")));
            y += ROW;
        }
        return s.append("</svg>").toString();
    }

    static String fundsBySource(BulletinView view, Labels l) {
        Indicators n = view.national();
        BigInteger max = BigInteger.ONE;
        for (FundingSource source : FundingSource.values()) {
            max = max.max(BigInteger.valueOf(n.summary().fundsPlan().get(source).fen()))
                    .max(BigInteger.valueOf(n.summary().fundsReceived().get(source).fen()));
        }
        int height = 50 + FundingSource.values().length * ROW * 2;
        StringBuilder s = open(LABEL + BAR + 120, height, l.get("chartFunds"));
        int y = 30;
        legend(s, LABEL, 18, l.get("plan"), l.get("received"));
        y += 10;
        for (FundingSource source : FundingSource.values()) {
            Money[] amounts = {n.summary().fundsPlan().get(source), n.summary().fundsReceived().get(source)};
            text(s, LABEL - 6, y + 15 + ROW / 2, "end", l.get(source.name()));
            for (int k = 0; k < 2; k++) {
                long len = BigInteger.valueOf(amounts[k].fen()).multiply(BigInteger.valueOf(BAR)).divide(max).longValue();
                s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(len)
                        .append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(COLOURS[k]).append("\"/>");
                text(s, LABEL + len + 6, y + 15, "start", Tables.yuan(amounts[k]));
                y += ROW;
            }
        }
        return s.append("</svg>").toString();
    }

    static String trend(Trend trend, Labels l) {
        List<YearMonth> months = new ArrayList<>(trend.months().keySet());
        int left = 50;
        int step = 50;
        int top = 40;
        int plot = 200;
        int width = left + Math.max(1, months.size()) * step + 20;
        StringBuilder s = open(width, top + plot + 40, l.get("chartTrend"));
        legend(s, left, 18, l.get("completeness"), l.get("arrivalOverall"));
        for (int pct = 0; pct <= 100; pct += 50) {
            int y = top + plot - pct * plot / 100;
            s.append("<line x1=\"").append(left).append("\" y1=\"").append(y).append("\" x2=\"").append(width - 10)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#ccc\"/>");
            text(s, left - 6, y + 4, "end", pct + "%");
        }
        for (int k = 0; k < 2; k++) {
            StringBuilder points = new StringBuilder();
            for (int m = 0; m < months.size(); m++) {
                Indicators i = trend.months().get(months.get(m));
                long bp = rateOf(k == 0 ? i.completeness() : i.arrivalOverall());
                long x = left + step / 2 + (long) m * step;
                long y = top + plot - bp * plot / 10_000L;
                points.append(m == 0 ? "" : " ").append(x).append(',').append(y);
                s.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"3\" fill=\"")
                        .append(COLOURS[k]).append("\"/>");
            }
            s.append("<polyline fill=\"none\" stroke=\"").append(COLOURS[k]).append("\" stroke-width=\"2\" points=\"")
                    .append(points).append("\"/>");
        }
        for (int m = 0; m < months.size(); m++) {
            text(s, left + step / 2 + m * step, top + plot + 20, "middle", months.get(m).toString());
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\"><title>").append(Html.escape(title)).append("</title>");
        return s;
    }

    private static void legend(StringBuilder s, int x, int y, String first, String second) {
        String[] names = {first, second};
        for (int k = 0; k < 2; k++) {
            int x0 = x + k * 180;
            s.append("<rect x=\"").append(x0).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS[k]).append("\"/>");
            text(s, x0 + 18, y, "start", names[k]);
        }
    }

    private static void text(StringBuilder s, long x, long y, String anchor, String text) {
        s.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\">").append(Html.escape(text)).append("</text>");
    }
}
