package io.github.baozhang.reporting.render;

import io.github.baozhang.problem.Finding;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Map;

/** The labels of a rendering, in Chinese (the default) or English. */
final class Labels {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("title", "下岗职工基本生活保障情况通报"),
            Map.entry("period", "期间"),
            Map.entry("national", "全国"),
            Map.entry("provinces", "各省情况"),
            Map.entry("industries", "各行业情况"),
            Map.entry("ranking", "省份排名"),
            Map.entry("rankingKey", "排序：资金总到位率从高到低，其次按时报送率，再次报送率；完全相同者并列，按区划代码排列。"),
            Map.entry("funds", "资金来源"),
            Map.entry("trend", "逐月趋势"),
            Map.entry("alerts", "预警"),
            Map.entry("noAlerts", "无预警"),
            Map.entry("figure", "项目"),
            Map.entry("value", "数值"),
            Map.entry("province", "省份"),
            Map.entry("industry", "行业"),
            Map.entry("rank", "名次"),
            Map.entry("month", "月份"),
            Map.entry("code", "代码"),
            Map.entry("subject", "对象"),
            Map.entry("details", "详情"),
            Map.entry("source", "来源"),
            Map.entry("plan", "计划（元）"),
            Map.entry("received", "到位（元）"),
            Map.entry("arrival", "到位率"),
            Map.entry("monitored", "监控企业"),
            Map.entry("reported", "已报送"),
            Map.entry("onTime", "按时报送"),
            Map.entry("completeness", "报送率"),
            Map.entry("timeliness", "按时报送率"),
            Map.entry("laidOffWorkers", "下岗职工"),
            Map.entry("inCentre", "进中心"),
            Map.entry("inCentreShare", "进中心率"),
            Map.entry("agreementShare", "签协议率"),
            Map.entry("reemployed", "再就业"),
            Map.entry("reemploymentRate", "再就业率"),
            Map.entry("leftCentre", "出中心"),
            Map.entry("incidents", "群体性事件"),
            Map.entry("newLaidOff", "新增下岗"),
            Map.entry("reducedLaidOff", "减少下岗"),
            Map.entry("allowanceDue", "基本生活费应发（元）"),
            Map.entry("allowancePaid", "基本生活费实发（元）"),
            Map.entry("allowancePaidShare", "基本生活费发放率"),
            Map.entry("allowanceArrears", "基本生活费拖欠（元）"),
            Map.entry("contributionsDue", "社会保险费应缴（元）"),
            Map.entry("contributionsPaid", "社会保险费实缴（元）"),
            Map.entry("contributionsArrears", "社会保险费拖欠（元）"),
            Map.entry("arrivalOverall", "资金总到位率"),
            Map.entry("ENTERPRISE", "企业"),
            Map.entry("SOCIAL", "社会（失业保险）"),
            Map.entry("FISCAL", "财政"),
            Map.entry("MILITARY", "军工"),
            Map.entry("METALLURGY", "冶金"),
            Map.entry("NONFERROUS", "有色"),
            Map.entry("OTHER", "其他"),
            Map.entry("risk", "风险等级"),
            Map.entry("GREEN", "绿色（企业数）"),
            Map.entry("YELLOW", "黄色（企业数）"),
            Map.entry("ORANGE", "橙色（企业数）"),
            Map.entry("RED", "红色（企业数）"),
            Map.entry("chartArrival", "各省资金总到位率"),
            Map.entry("chartFunds", "全国资金计划与到位（按来源）"),
            Map.entry("chartTrend", "逐月报送率与资金总到位率"),
            Map.entry("none", "—"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title", "Basic living guarantee of laid-off workers: bulletin"),
            Map.entry("period", "Period"),
            Map.entry("national", "Nation"),
            Map.entry("provinces", "Provinces"),
            Map.entry("industries", "Industries"),
            Map.entry("ranking", "Province ranking"),
            Map.entry("rankingKey", "Key: overall arrival rate, highest first; then timeliness; then completeness; "
                    + "equal keys share a rank and are listed by division code."),
            Map.entry("funds", "Funds by source"),
            Map.entry("trend", "Trend over the months"),
            Map.entry("alerts", "Alerts"),
            Map.entry("noAlerts", "No alerts"),
            Map.entry("figure", "Figure"),
            Map.entry("value", "Value"),
            Map.entry("province", "Province"),
            Map.entry("industry", "Industry"),
            Map.entry("rank", "Rank"),
            Map.entry("month", "Month"),
            Map.entry("code", "Code"),
            Map.entry("subject", "Subject"),
            Map.entry("details", "Details"),
            Map.entry("source", "Source"),
            Map.entry("plan", "Plan (yuan)"),
            Map.entry("received", "Received (yuan)"),
            Map.entry("arrival", "Arrival rate"),
            Map.entry("monitored", "Monitored"),
            Map.entry("reported", "Reported"),
            Map.entry("onTime", "On time"),
            Map.entry("completeness", "Completeness"),
            Map.entry("timeliness", "Timeliness"),
            Map.entry("laidOffWorkers", "Laid-off workers"),
            Map.entry("inCentre", "In centres"),
            Map.entry("inCentreShare", "Share in centres"),
            Map.entry("agreementShare", "Share with agreements"),
            Map.entry("reemployed", "Re-employed"),
            Map.entry("reemploymentRate", "Re-employment rate"),
            Map.entry("leftCentre", "Left centres"),
            Map.entry("incidents", "Incidents"),
            Map.entry("newLaidOff", "New laid-off"),
            Map.entry("reducedLaidOff", "Reduced laid-off"),
            Map.entry("allowanceDue", "Allowance due (yuan)"),
            Map.entry("allowancePaid", "Allowance paid (yuan)"),
            Map.entry("allowancePaidShare", "Allowance paid share"),
            Map.entry("allowanceArrears", "Allowance arrears (yuan)"),
            Map.entry("contributionsDue", "Contributions due (yuan)"),
            Map.entry("contributionsPaid", "Contributions paid (yuan)"),
            Map.entry("contributionsArrears", "Contributions arrears (yuan)"),
            Map.entry("arrivalOverall", "Overall arrival rate"),
            Map.entry("ENTERPRISE", "Enterprise"),
            Map.entry("SOCIAL", "Social (unemployment insurance)"),
            Map.entry("FISCAL", "Fiscal"),
            Map.entry("MILITARY", "Military"),
            Map.entry("METALLURGY", "Metallurgy"),
            Map.entry("NONFERROUS", "Nonferrous"),
            Map.entry("OTHER", "Other"),
            Map.entry("risk", "Risk level"),
            Map.entry("GREEN", "GREEN (enterprises)"),
            Map.entry("YELLOW", "YELLOW (enterprises)"),
            Map.entry("ORANGE", "ORANGE (enterprises)"),
            Map.entry("RED", "RED (enterprises)"),
            Map.entry("chartArrival", "Overall arrival rate by province"),
            Map.entry("chartFunds", "National funds planned and received, by source"),
            Map.entry("chartTrend", "Completeness and overall arrival rate by month"),
            Map.entry("none", "—"));

    private final Map<String, String> labels;
    private final boolean english;
    private final Function<? super Finding, String> alertText;

    private Labels(boolean english, Function<? super Finding, String> alertText) {
        this.english = english;
        this.labels = english ? EN : ZH;
        this.alertText = alertText;
    }

    static Labels of(Locale locale) {
        return of(locale, Labels::figures);
    }

    static Labels of(Locale locale, Function<? super Finding, String> alertText) {
        return new Labels(locale != null && "en".equals(locale.getLanguage()), alertText);
    }

    /** The words for an alert's details column. */
    String alertText(Finding alert) {
        String text = alertText.apply(alert);
        return text == null ? figures(alert) : text;
    }

    /** The default details of an alert: its figures, {@code name=value; …}. */
    static String figures(Finding alert) {
        return alert.arguments().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    boolean english() {
        return english;
    }

    String lang() {
        return english ? "en" : "zh-CN";
    }

    String get(String key) {
        String v = labels.get(key);
        if (v == null) {
            throw new IllegalStateException("no label " + key);
        }
        return v;
    }
}
