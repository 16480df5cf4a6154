package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.tck.Corruptor;
import io.github.baozhang.adapter.tck.FeedReaderContract;
import io.github.baozhang.adapter.tck.arbitraries.CalendarArbitraries;
import io.github.baozhang.adapter.tck.arbitraries.IdArbitraries;
import io.github.baozhang.money.Money;
import io.github.baozhang.profile.ProvinceProfile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;

/**
 * The conformance kit on the {@code baozhang/province-profile@1} reader. The kind has no sink:
 * {@link #encode} writes the fields generated here (name, province, pay and report days, posting
 * grace, the labour-contract cap flag, average wages and the calendar) by hand. A profile
 * document is one record, at pointer {@code ""}.
 */
class ProvinceProfileReaderTckTest extends FeedReaderContract<ProvinceProfile> {

    @Override
    protected FeedReader<ProvinceProfile> reader() {
        return InterchangeJson.provinceProfileReader();
    }

    @Override
    protected Arbitrary<List<ProvinceProfile>> valueLists() {
        // a profile's name: lower-case letters, digits, - and _, beginning with a letter (E9752)
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("beijing", "liaoning-1999", "national_test"),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(1)
                        .flatMap(first -> Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                                .withChars('-', '_').ofMaxLength(20).map(rest -> first + rest)));
        Arbitrary<Map<Year, Money>> wages = Arbitraries.maps(Arbitraries.integers().between(1995, 2005).map(Year::of),
                Arbitraries.longs().between(0, 1_000_000).map(Money::ofFen)).ofMaxSize(3);
        return Builders.withBuilder(ProvinceProfile::builder)
                .use(names).in((b, v) -> b.name(v))
                .use(IdArbitraries.provinces().optional()).in((b, v) -> b.province(v))
                .use(Arbitraries.integers().between(1, 31)).in((b, v) -> b.payDay(v))
                .use(Arbitraries.integers().between(1, 31)).in((b, v) -> b.reportDueDay(v))
                .use(Arbitraries.integers().between(0, 30)).in((b, v) -> b.postingGraceDays(v))
                .use(Arbitraries.of(true, false)).in((b, v) -> b.agreementCappedAtLabourContract(v))
                .use(wages).in((b, v) -> b.putAllAverageMonthlyWages(v))
                .use(CalendarArbitraries.calendars()).in((b, v) -> b.calendar(v))
                .build(ProvinceProfile.Builder::build)
                .map(List::of);
    }

    @Override
    protected byte[] encode(List<ProvinceProfile> values) {
        ProvinceProfile p = values.get(0);
        StringBuilder sb = new StringBuilder("{\n  \"format\": \"baozhang/province-profile@1\",\n");
        sb.append("  \"name\": ").append(text(p.name())).append(",\n");
        p.province().ifPresent(c -> sb.append("  \"province\": \"").append(c).append("\",\n"));
        sb.append("  \"payDay\": ").append(p.payDay()).append(",\n");
        sb.append("  \"reportDueDay\": ").append(p.reportDueDay()).append(",\n");
        sb.append("  \"postingGraceDays\": ").append(p.postingGraceDays()).append(",\n");
        sb.append("  \"agreementCappedAtLabourContract\": ").append(p.agreementCappedAtLabourContract()).append(",\n");
        sb.append("  \"averageMonthlyWages\": [");
        String sep = "";
        for (Map.Entry<Year, Money> w : p.averageMonthlyWages().entrySet()) {
            sb.append(sep).append("\n    {\"year\": ").append(w.getKey()).append(", \"wageFen\": ")
                    .append(w.getValue().fen()).append('}');
            sep = ",";
        }
        sb.append("],\n  \"calendar\": {\"holidays\": ").append(dates(p.calendar().holidays()))
                .append(", \"workdays\": ").append(dates(p.calendar().workdays())).append("}\n}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String s) {
        return InterchangeJson.mapper().writeValueAsString(s);
    }

    private static String dates(Iterable<LocalDate> days) {
        StringBuilder sb = new StringBuilder("[");
        String sep = "";
        for (LocalDate d : days) {
            sb.append(sep).append('"').append(d).append('"');
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    @Override
    protected List<Corruptor<ProvinceProfile>> corruptors() {
        return JsonRootTck.corruptors(List.of("name"));
    }
}
