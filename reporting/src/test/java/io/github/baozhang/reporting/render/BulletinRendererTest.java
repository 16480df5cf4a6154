package io.github.baozhang.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.incident.IncidentSeverity;
import io.github.baozhang.incident.IncidentStatus;
import io.github.baozhang.money.Money;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.reporting.BulletinView;
import io.github.baozhang.reporting.RollUp;
import io.github.baozhang.reporting.RollUpResult;
import io.github.baozhang.reporting.Trend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class BulletinRendererTest {

    private static final String[] PROVINCES = {"110000", "130000", "210000", "440000"};
    private static final String EVIL = "<script>alert('x')</script>|*_";

    private static OrganizationCode id(int n) {
        String body = String.format("%08d", n);
        return OrganizationCode.parse(body + "-" + OrganizationCode.checkCharacter(body));
    }

    private static Enterprise enterprise(int n, String province) {
        return Enterprise.builder().id(id(n)).name("企业" + n).province(DivisionCode.parse(province))
                .city(DivisionCode.parse(province.substring(0, 2) + "0100"))
                .industry(n % 2 == 0 ? Industry.METALLURGY : Industry.OTHER).affiliation(Affiliation.LOCAL)
                .shougangExternal(false).production(ProductionStatus.NORMAL).severeLoss(false).employees(5000)
                .laidOffWorkers(1000).fundingBlindSpot(false).incidentHistory(false).hiddenRisk(false).build();
    }

    private static MonthlyReport report(int n, YearMonth period) {
        return MonthlyReport.builder().enterpriseId(id(n)).period(period).revision(1)
                .submittedAt(OffsetDateTime.of(period.plusMonths(1).atDay(2).atTime(9, 0), ZoneOffset.ofHours(8)))
                .laidOffWorkers(2000).inCentre(1900).agreementsSigned(1850)
                .allowance(Payment.of(Money.ofFen(66_785_000), Money.ofFen(66_785_000), period.atDay(10)))
                .contributions(Payment.of(Money.ofFen(28_889_600), Money.ofFen(20_000_000)))
                .funds(FundsReport.of(SourceAmounts.ofFen(300, 300, 300), SourceAmounts.ofFen(100, 300, 300)))
                .postedPublicly(true).reemployed(12).leftCentre(15).incidents(0).build();
    }

    private static RollUpResult result(YearMonth period) {
        List<Enterprise> registry = new ArrayList<>();
        List<MonthlyReport> reports = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            registry.add(enterprise(n, PROVINCES[n % 4]));
            if (n != 8) {
                reports.add(report(n, period));
            }
        }
        Incident evil = Incident.builder().id(EVIL).enterpriseId(id(1))
                .occurredAt(OffsetDateTime.of(period.atDay(3).atTime(9, 0), ZoneOffset.ofHours(8)))
                .reportedAt(OffsetDateTime.of(period.atDay(3).atTime(9, 0), ZoneOffset.ofHours(8)).plus(Duration.ofDays(3)))
                .participants(10).cause("x").severity(IncidentSeverity.GENERAL).status(IncidentStatus.OPEN).build();
        return RollUp.run(period, registry, reports, List.of(evil), HolidayCalendar.weekendsOnly(), List.of());
    }

    private static BulletinView view() {
        List<Bulletin> year = new ArrayList<>();
        for (int m = 1; m <= 3; m++) {
            year.add(result(YearMonth.of(2000, m)).bulletin());
        }
        return BulletinView.of(result(YearMonth.of(2000, 3)), Optional.of(year.get(1)),
                Optional.of(Trend.of(Year.of(2000), year)),
                Map.of(DivisionCode.parse("210000"), "辽宁省", DivisionCode.parse("440000"), EVIL));
    }

    @Test
    void markdownShowsEveryProvinceAndExactFigures() {
        String md = BulletinRenderer.markdown(view(), Locale.CHINA);
        assertTrue(md.startsWith("# 下岗职工基本生活保障情况通报 2000-03\n"));
        for (String p : PROVINCES) {
            assertTrue(md.contains(p), p);
        }
        assertTrue(md.contains("| 辽宁省 210000 |"));
        // Seven of eight reported; 7 × 1900 in centre of 7 × 2000 laid off.
        assertTrue(md.contains("| 报送率 | 7/8 (87.50%) |"));
        assertTrue(md.contains("| 进中心率 | 13300/14000 (95.00%) |"));
        assertTrue(md.contains("| 基本生活费应发（元） | 4674950.00 |"));
        assertTrue(md.contains("| 资金总到位率 | 4900/6300 (77.77%) |"));
        assertTrue(md.contains("| 新增下岗 | 0 |"));
        assertTrue(md.contains("| 2000-01 | 8 | 7/8 (87.50%) |"));
        assertTrue(md.contains("A9601 REPORT\\_MISSING"));
        assertTrue(md.contains("## 逐月趋势"));
        assertTrue(md.contains("| 风险等级 绿色（企业数） | 1 |\n| 风险等级 黄色（企业数） | 6 |\n"
                + "| 风险等级 橙色（企业数） | 1 |\n| 风险等级 红色（企业数） | 0 |\n"));
    }

    @Test
    void markdownEscapesText() {
        String md = BulletinRenderer.markdown(view(), Locale.CHINA);
        assertFalse(md.contains("<script>"));
        assertTrue(md.contains("&lt;script&gt;alert('x')&lt;/script&gt;\\|\\*\\_"));
    }

    private static int countCells(String line) {
        return line.replace("\\|", "").split("\\|", -1).length - 2;
    }

    @Test
    void everyMarkdownTableRowHasItsHeadersCellCount() {
        String md = BulletinRenderer.markdown(view(), Locale.CHINA);
        int expected = -1;
        for (String line : md.split("\n")) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            if (expected < 0) {
                expected = countCells(line);
            }
            assertEquals(expected, countCells(line), line);
        }
    }

    @Test
    void theHtmlPageIsSelfContainedChineseAndPrintable() throws Exception {
        String html = BulletinRenderer.html(view(), null);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<meta charset=\"utf-8\"/>"));
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("\"Noto Sans CJK SC\""));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"));
        assertFalse(html.contains("https://"));
        for (String p : PROVINCES) {
            assertTrue(html.contains(p), p);
        }
        assertTrue(html.contains("<td class=\"t\">进中心率</td><td>13300/14000 (95.00%)</td>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;|*_"));
        // The whole page is well-formed XML.
        Document doc = parse(html);
        assertEquals("html", doc.getDocumentElement().getTagName());
    }

    @Test
    void theHtmlPageHasThreeWellFormedSvgCharts() throws Exception {
        String html = BulletinRenderer.html(view(), Locale.ENGLISH);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        List<String> svgs = new ArrayList<>();
        while (m.find()) {
            svgs.add(m.group());
        }
        assertEquals(3, svgs.size());
        for (String svg : svgs) {
            Document doc = parse(svg);
            assertEquals("svg", doc.getDocumentElement().getTagName());
        }
        Document arrival = parse(svgs.get(0));
        assertEquals(PROVINCES.length, arrival.getElementsByTagName("rect").getLength());
        assertTrue(svgs.get(0).contains(">77.77%<"));
        assertTrue(svgs.get(0).contains("&lt;script&gt;"));
        Document trend = parse(svgs.get(2));
        assertEquals(2, trend.getElementsByTagName("polyline").getLength());
        assertTrue(svgs.get(2).contains(">2000-03<"));
        assertTrue(html.contains("Overall arrival rate"));
    }

    @Test
    void writeEmitsTheSameUtf8Text() throws Exception {
        BulletinView v = view();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BulletinRenderer.write(v, BulletinRenderer.Format.MARKDOWN, Locale.CHINESE, out);
        assertEquals(BulletinRenderer.markdown(v, Locale.CHINESE), out.toString(StandardCharsets.UTF_8));
        out.reset();
        BulletinRenderer.write(v, BulletinRenderer.Format.HTML, Locale.ENGLISH, out);
        assertEquals(BulletinRenderer.html(v, Locale.ENGLISH), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void alertDetailsAreTheCallersWordsEscapedOrTheFiguresWhenItHasNone() {
        BulletinView v = view();
        String figures = BulletinRenderer.markdown(v, Locale.ENGLISH);
        assertTrue(figures.contains("enterpriseId="), figures);
        String words = BulletinRenderer.markdown(v, Locale.ENGLISH, a -> "<b>words for " + a.code().code() + "</b>");
        assertFalse(words.contains("enterpriseId="), words);
        assertTrue(words.contains("&lt;b&gt;words for A9601&lt;/b&gt;"), words);
        String html = BulletinRenderer.html(v, Locale.ENGLISH, a -> "<b>words for " + a.code().code() + "</b>");
        assertTrue(html.contains("&lt;b&gt;words for A9601&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>words"), html);
        String fallback = BulletinRenderer.markdown(v, Locale.ENGLISH, a -> null);
        assertEquals(figures, fallback);
    }

    @Test
    void aBulletinWithoutTrendOrAlertsStillRenders() {
        Bulletin empty = RollUp.buildBulletin(YearMonth.of(2000, 1), List.of(), List.of(), HolidayCalendar.weekendsOnly());
        String md = BulletinRenderer.markdown(BulletinView.of(empty), Locale.ENGLISH);
        assertTrue(md.contains("No alerts"));
        assertFalse(md.contains("Risk level"));
        assertFalse(md.contains("Trend"));
        String html = BulletinRenderer.html(BulletinView.of(empty), Locale.ENGLISH);
        assertEquals(2, Pattern.compile("<svg ").matcher(html).results().count());
    }

    @Property(tries = 40)
    void anyProvinceNameIsEscapedAndThePageStaysWellFormed(
            @ForAll @Chars({'<', '>', '&', '"', '\'', '|', '*', '_', '\\', 'a', '省', ' ', '\n'}) @StringLength(max = 30)
            String name) throws Exception {
        Bulletin b = result(YearMonth.of(2000, 1)).bulletin();
        BulletinView v = BulletinView.of(b, Optional.empty(), Optional.empty(), Map.of(DivisionCode.parse("210000"), name));
        String html = BulletinRenderer.html(v, Locale.CHINA);
        assertEquals("html", parse(html).getDocumentElement().getTagName());
        String md = BulletinRenderer.markdown(v, Locale.CHINA);
        assertFalse(md.contains("<"));
        for (String p : PROVINCES) {
            assertTrue(md.contains(p) && html.contains(p), p);
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
