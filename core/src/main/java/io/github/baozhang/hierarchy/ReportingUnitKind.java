package io.github.baozhang.hierarchy;

/**
 * The kinds of unit in the reporting hierarchy, from the top down, with the trade union last as
 * a horizontal peer.
 */
public enum ReportingUnitKind {
    /**
     * A ministry: 劳动和社会保障部, which receives the provinces' monthly reports, and 财政部, which
     * issues the national bulletin with it. Reports to nobody.
     */
    MINISTRY,
    /** A provincial labour department (省级劳动保障部门): reports monthly to the ministry. */
    PROVINCE,
    /**
     * A city labour department (地市劳动保障部门), the local department that monitors the
     * enterprises in its area and reports monthly to the province.
     */
    CITY,
    /**
     * The industry authority (行业主管部门) of 军工, 冶金 or 有色: chooses the central enterprises of
     * its industry for monitoring and passes central funds on to them. Answers to the ministry.
     */
    INDUSTRY_AUTHORITY,
    /** A monitored enterprise: reports to the local labour department that monitors it. */
    ENTERPRISE,
    /**
     * A trade union (工会): a horizontal peer of a labour department, told beside its reports
     * (横向的信息通报制度, 四(三)). Reports to nobody.
     */
    TRADE_UNION
}
