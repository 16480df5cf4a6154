package io.github.baozhang.adapter.csv;

import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the tests. */
final class Fixtures {

    static final String HEADER = "period,province_code,city_code,enterprise_code,worker_id,allowance_due_fen,"
            + "allowance_paid_fen,contributions_due_fen,contributions_paid_fen,paid_date";

    static final String ID1 = "110105196503041235";
    static final String ID2 = "440301196001014415";
    static final String E1 = "100000016";
    static final String E2 = "200000021";

    private Fixtures() {
    }

    static String citizenId(String first17) {
        return first17 + CitizenId.checkCharacter(first17);
    }

    static String organizationCode(String body8) {
        return body8 + OrganizationCode.checkCharacter(body8);
    }

    static Source utf8(String text) {
        return Source.of("test.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Everything a read handed over. */
    static final class Collected {
        final List<WorkerRow> rows = new ArrayList<>();
        final List<Long> lines = new ArrayList<>();
        final List<RejectedRecord> rejected = new ArrayList<>();
        final List<io.github.baozhang.problem.Violation> document = new ArrayList<>();
        ReadSummary summary;
    }

    static io.github.baozhang.disbursement.PeriodDisbursementSummary.Rows rowsOf(ReadSummary s) {
        return new io.github.baozhang.disbursement.PeriodDisbursementSummary.Rows(s.accepted(), s.rejected(), s.rejectedByCode());
    }

    static Collected read(NationalWorkerRowReader reader, Source source) throws IOException {
        Collected c = new Collected();
        c.summary = reader.read(source, new FeedListener<WorkerRow>() {
            @Override
            public void accepted(WorkerRow value, Location location) {
                c.rows.add(value);
                c.lines.add(location.line().orElseThrow());
            }

            @Override
            public void rejected(RejectedRecord record) {
                c.rejected.add(record);
            }

            @Override
            public void documentRejected(io.github.baozhang.problem.Violation violation) {
                c.document.add(violation);
            }
        });
        return c;
    }
}
