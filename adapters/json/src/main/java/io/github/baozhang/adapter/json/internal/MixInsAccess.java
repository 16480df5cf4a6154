package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.disbursement.Payment;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hands the mix-ins to the module: target type to mix-in. */
public final class MixInsAccess {

    private MixInsAccess() {
    }

    /**
     * Returns the mix-ins by target type.
     *
     * @return a new map, not null
     */
    public static Map<Class<?>, Class<?>> mixIns() {
        Map<Class<?>, Class<?>> m = new LinkedHashMap<>();
        m.put(Enterprise.class, MixIns.EnterpriseMixIn.class);
        m.put(MonthlyReport.class, MixIns.MonthlyReportMixIn.class);
        m.put(Payment.class, MixIns.PaymentMixIn.class);
        m.put(FundsReport.class, MixIns.FundsReportMixIn.class);
        m.put(Incident.class, MixIns.IncidentMixIn.class);
        return m;
    }
}
