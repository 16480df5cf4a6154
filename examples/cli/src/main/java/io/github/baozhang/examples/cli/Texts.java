package io.github.baozhang.examples.cli;

import java.util.Map;

/** The tool's own words, in zh and en (the problems' words come from the validation module). */
final class Texts {

    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("cannotRead", new String[] {"无法读取 %s：%s", "cannot read %s: %s"}),
            Map.entry("cannotWrite", new String[] {"无法写入 %s：%s", "cannot write %s: %s"}),
            Map.entry("noSuchFile", new String[] {"文件不存在", "no such file"}),
            Map.entry("fundSummary", new String[] {"%s：共 %d 个案例，%d 个被拒绝", "%s: %d cases, %d rejected"}),
            Map.entry("failed", new String[] {"出错：%s", "failed: %s"}),
            Map.entry("validateSummary", new String[] {"%d 个文件，%d 个错误，%d 个警告", "%d files, %d errors, %d warnings"}),
            Map.entry("skipped", new String[] {"跳过 %d 份其他期间的月报（本期 %s）", "skipped %d reports of other periods (this period is %s)"}),
            Map.entry("rollupSummary", new String[] {
                "%s：监控企业 %d 户，已报 %d 户，按时 %d 户；被拒绝 %d 条",
                "%s: %d enterprises monitored, %d reported, %d on time; %d rejected"}),
            Map.entry("unknownProfile", new String[] {
                "未知的省份配置：%s（内置：national；或 baozhang/province-profile@1 文件）", "unknown profile: %s (built in: national; or a baozhang/province-profile@1 file)"}),
            Map.entry("formatUnavailable", new String[] {
                "格式 %s 不可用（可用：%s）", "format %s is not available (available: %s)"}),
            Map.entry("payer.ENTERPRISE", new String[] {"企业", "the enterprise"}),
            Map.entry("payer.UI_FUND_LOCAL", new String[] {"当地失业保险基金", "the local UI fund"}),
            Map.entry("payer.FINANCE_CENTRAL", new String[] {"中央财政", "central finance"}),
            Map.entry("payer.FINANCE_LOCAL", new String[] {"地方财政", "local finance"}),
            Map.entry("payer.SHOUGANG_HQ", new String[] {"首钢总公司", "Shougang HQ"}),
            Map.entry("warning", new String[] {"警告 ", "WARNING "}),
            Map.entry("error", new String[] {"错误 ", "ERROR "}),
            Map.entry("demoWriting", new String[] {"样例数据写入 %s", "sample written to %s"}),
            Map.entry("demoMonth", new String[] {"汇总 %s …", "rolling up %s …"}),
            Map.entry("demoTitle", new String[] {
                "保障 演示：151 户重点监控企业，%s 年 12 个月（合成样例数据，种子 %d）",
                "Baozhang demo: 151 monitored enterprises, the 12 months of %s (synthetic sample, seed %d)"}),
            Map.entry("demoValidated", new String[] {
                "校验：%d 户企业，%d 份月报，%d 个错误", "validated: %d enterprises, %d reports, %d errors"}),
            Map.entry("demoFunded", new String[] {
                "资金：全年需求 %s 元，到位 %s 元（到位率 %s），缺口 %s 元；兜底：%s",
                "funding: the year's requirement %s yuan, received %s yuan (arrival %s), gap %s yuan; backstops: %s"}),
            Map.entry("demoYear", new String[] {
                "全年：月报完整率 %s（%d/%d），及时率 %s（%d/%d）；被拒绝 %d 份（样例中有意设置的修订冲突）",
                "the year: completeness %s (%d/%d), timeliness %s (%d/%d); %d reports rejected (the revision conflicts planted in the sample)"}),
            Map.entry("demoWeakest", new String[] {
                "最弱的省份（%s，按资金到位率、按时报送率、报送率排名）：",
                "weakest provinces (%s, ranked by funds arrived, reports on time, reports received):"}),
            Map.entry("demoProvince", new String[] {
                "  第 %d 名 %s %s：资金到位 %s，按时报送 %d/%d，基本生活费发放 %s",
                "  #%d %s %s: funds arrived %s, on time %d/%d, allowance paid %s"}),
            Map.entry("demoAlerts", new String[] {"预警（%s，共 %d 条）：", "alerts (%s, %d in all):"}),
            Map.entry("demoAlertCount", new String[] {"  %s %s：%d 条", "  %s %s: %d"}),
            Map.entry("demoMore", new String[] {"  …", "  …"}),
            Map.entry("demoRowsMonth", new String[] {"--rows-month %s 不在样例中（%s…%s）", "--rows-month %s is not in the sample (%s…%s)"}),
            Map.entry("demoRowsWriting", new String[] {"写入 %s 的职工明细 …", "writing the worker rows of %s …"}),
            Map.entry("demoRows", new String[] {
                "职工明细 %s：读取 %d 行，接受 %d 行，拒绝 %d 行（样例中有意设置的校验码错误）；%d 份月报与明细核对，控制总数不符 %d 户（样例中有意设置）",
                "worker rows %s: %d read, %d accepted, %d rejected (the wrong check characters planted in the sample); "
                    + "%d reports checked against the rows, %d control-total mismatches (planted in the sample)"}),
            Map.entry("demoOut", new String[] {"通报已写入 %s（%s）", "bulletins written to %s (%s)"}));

    private Texts() {
    }

    static String get(Lang lang, String key, Object... args) {
        String[] texts = TEXTS.get(key);
        return String.format(texts[lang == Lang.zh ? 0 : 1], args);
    }
}
