package io.github.baozhang.adapter.tck.arbitraries;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.MonitoredRegions;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries of monitored enterprises and of registries ({@code baozhang/enterprises@1}).
 *
 * <p>An enterprise is valid by default: its province is a monitored region, its city a city of
 * that province in GB/T 2260 (1999), a Shougang external enterprise is local and in metallurgy,
 * laid-off workers do not exceed employees, and about a third of them carry a unified social
 * credit code that embeds their id (when the id has no letter the credit code's alphabet lacks). It breaks no rule of {@code EnterpriseRules}.
 *
 * <p>This class is a stateless utility.
 */
public final class EnterpriseArbitraries {

    private static final Gb2260 R1999 = Gb2260.of(Gb2260Revision.R1999);

    /** Names in the style of the monitored list; names need not be unique. */
    private static final List<String> NAMES = List.of(
            "鞍山钢铁集团公司", "抚顺矿务局", "鸡西矿务局", "包头钢铁公司", "大同矿务局", "株洲冶炼厂",
            "白银有色金属公司", "洛阳矿山机器厂", "第一汽车制造厂", "吉林化学纤维厂", "阜新矿务局",
            "江西铜业公司", "贵州铝厂", "宝鸡石油机械厂", "柳州钢铁厂", "攀枝花钢铁公司", "兰州炼油厂",
            "太原重型机器厂", "淮南矿务局", "伊春林业管理局", "国营第七一二厂");

    private EnterpriseArbitraries() {
    }

    /**
     * Returns valid enterprises in the fifteen regions of the notice.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Enterprise> enterprises() {
        return enterprises(MonitoredRegions.notice1999());
    }

    /**
     * Returns valid enterprises in the given regions.
     *
     * @param regions  the regions, at least one of them a province listed in 1999 with a city,
     *     not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if no region has a city in 1999
     */
    public static Arbitrary<Enterprise> enterprises(MonitoredRegions regions) {
        Objects.requireNonNull(regions, "regions");
        List<List<DivisionCode>> located = regions.provinces().stream()
                .flatMap(p -> R1999.childrenOf(p).stream().map(c -> List.of(p, c.code())))
                .collect(Collectors.toUnmodifiableList());
        if (located.isEmpty()) {
            throw new IllegalArgumentException("no region of " + regions + " has a city in 1999");
        }
        Arbitrary<List<DivisionCode>> locations = Arbitraries.of(located);
        // Laid-off workers as thousandths of the employees: no flatMap, so generation stays fast.
        Arbitrary<long[]> workforce = Combinators.combine(Arbitraries.longs().between(200, 80_000),
                        Arbitraries.integers().between(0, 1000))
                .as((employees, permille) -> new long[] {employees, employees * permille / 1000});
        Arbitrary<Boolean> booleans = Arbitraries.of(true, false);
        // kind: 0 an ordinary enterprise, 1 a Shougang external plant (local, metallurgy)
        Arbitrary<Integer> kinds = Arbitraries.frequency(Tuple.of(9, 0), Tuple.of(1, 1));
        return Builders.withBuilder(Enterprise::builder)
                .use(IdArbitraries.organizationCodes()).in((b, id) -> b.id(id))
                .use(Arbitraries.of(NAMES)).in((b, name) -> b.name(name))
                .use(locations).in((b, l) -> b.province(l.get(0)).city(l.get(1)))
                .use(Arbitraries.of(Industry.class)).in((b, v) -> b.industry(v))
                .use(Arbitraries.of(Affiliation.class)).in((b, v) -> b.affiliation(v))
                .use(Arbitraries.of(ProductionStatus.class)).in((b, v) -> b.production(v))
                .use(booleans).in((b, v) -> b.severeLoss(v))
                .use(workforce).in((b, w) -> b.employees(w[0]).laidOffWorkers(w[1]))
                .use(booleans).in((b, v) -> b.fundingBlindSpot(v))
                .use(booleans).in((b, v) -> b.incidentHistory(v))
                .use(booleans).in((b, v) -> b.hiddenRisk(v))
                .use(kinds).in((b, kind) -> kind == 1
                        ? b.shougangExternal(true).affiliation(Affiliation.LOCAL).industry(Industry.METALLURGY)
                        : b.shougangExternal(false))
                .build(Enterprise.Builder::build)
                .map(e -> Math.floorMod(e.id().hashCode(), 3) == 0 && IdArbitraries.fitsInCreditCode(e.id())
                        ? Enterprise.builder().from(e)
                                .creditCode(Optional.of(IdArbitraries.creditCodeFor(e.id()))).build()
                        : e);
    }

    /**
     * Returns registries of one to {@code maxSize} valid enterprises, each id once.
     *
     * @param maxSize  the largest registry, 1 or more
     * @return the arbitrary, not null
     */
    public static Arbitrary<List<Enterprise>> registries(int maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("maxSize must be 1 or more: " + maxSize);
        }
        return enterprises().list().ofMinSize(1).ofMaxSize(maxSize).uniqueElements(Enterprise::id);
    }

    /**
     * Returns registries of one to twenty valid enterprises, each id once.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<List<Enterprise>> registries() {
        return registries(20);
    }
}
