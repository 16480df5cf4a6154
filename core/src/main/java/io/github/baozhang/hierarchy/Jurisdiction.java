package io.github.baozhang.hierarchy;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.id.AdminDivision;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.OrganizationCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who reports for and may see which monitored enterprise, over a registry of enterprises: pure
 * functions of the notice's organisation (四(一)–(四)).
 *
 * <h2>Chains</h2>
 * <ul>
 *   <li><b>The territorial chain</b> ({@link #chain}): enterprise → city → province → ministry.
 *       The local labour department of the city where the enterprise lies monitors it
 *       ({@link #monitoringUnit}) and reports on it monthly to the province, which reports
 *       monthly to the ministry (四(三)). The city is the prefecture of the enterprise's
 *       {@code city} (a county inside a prefecture reports through that prefecture), or a county
 *       directly under its province. An enterprise whose {@code city} is a province-level code or
 *       lies outside its {@code province} (a broken rule that
 *       {@link io.github.baozhang.enterprise.EnterpriseRules} reports) is monitored by its
 *       province directly: enterprise → province → ministry.</li>
 *   <li><b>The industry chain</b> ({@link #industryChain}): for a central enterprise
 *       ({@link Affiliation#CENTRAL}) of 军工, 冶金 or 有色, also enterprise → industry authority →
 *       ministry. The authority chose the enterprise and passes central funds on to it, while the
 *       local labour department monitors it (四(四)). A Shougang external plant is local, whatever
 *       its record says: its province monitors it and it has no industry chain.</li>
 * </ul>
 * Every chain ends at the ministry ({@link ReportingUnit#ministry()}); following
 * {@link #reportsTo} from any unit ends within four steps, so there is no cycle.
 *
 * <h2>Who sees what</h2>
 * A ministry ({@link ReportingUnitKind#MINISTRY}: 劳动和社会保障部 and 财政部, which issue the
 * national bulletin together) sees every enterprise. Any other labour department, an industry
 * authority or an enterprise sees an enterprise exactly when it is on one of that enterprise's
 * chains: a city its own enterprises, a province those of its cities, an authority the central
 * enterprises of its industry, an enterprise itself. A trade union sees what its peer labour
 * department sees, because it is told beside that department's reports: a city's or province's
 * federation of trade unions what the city or province sees, the national federation everything.
 *
 * <h2>Trade unions</h2>
 * The labour departments of cities and provinces and the ministry have a trade-union peer
 * ({@link #tradeUnionPeer}); each upward report of a city or province is shared with its peer
 * ({@link #steps}). Enterprises, industry authorities and the Ministry of Finance have none here.
 *
 * <p>Units this class returns carry names from the GB/T 2260 table it was given, if any
 * ({@code 辽宁省}, {@code 鞍山市}, {@code 鞍山市总工会}), else their codes; enterprises carry their
 * names. Names do not affect identity.
 *
 * <p>This class is immutable and thread-safe. It is a view of a registry, not a value type.
 */
public final class Jurisdiction {

    private static final String TRADE_UNION_SUFFIX = "总工会";

    /** The registry by id, first occurrence of each id, in registry order. */
    private final Map<OrganizationCode, Enterprise> registry;
    /** The table that names divisions, or null. */
    private final Gb2260 names;

    private Jurisdiction(Map<OrganizationCode, Enterprise> registry, Gb2260 names) {
        this.registry = registry;
        this.names = names;
    }

    /**
     * Returns the jurisdiction over a registry; units of divisions are named by their codes.
     *
     * @param registry  the monitored enterprises; of a repeated id the first counts; not null, no
     *     null element
     * @return the jurisdiction, not null
     */
    public static Jurisdiction of(Collection<Enterprise> registry) {
        return new Jurisdiction(index(registry), null);
    }

    /**
     * Returns the jurisdiction over a registry, naming the units of divisions from a GB/T 2260
     * revision; a division the table does not list is named by its code.
     *
     * @param registry  the monitored enterprises; of a repeated id the first counts; not null, no
     *     null element
     * @param names  the revision to name divisions from, not null
     * @return the jurisdiction, not null
     */
    public static Jurisdiction of(Collection<Enterprise> registry, Gb2260 names) {
        return new Jurisdiction(index(registry), Objects.requireNonNull(names, "names"));
    }

    private static Map<OrganizationCode, Enterprise> index(Collection<Enterprise> registry) {
        Objects.requireNonNull(registry, "registry");
        Map<OrganizationCode, Enterprise> index = new LinkedHashMap<>();
        for (Enterprise e : registry) {
            index.putIfAbsent(Objects.requireNonNull(e, "enterprise").id(), e);
        }
        return index;
    }

    /**
     * Returns the enterprises, once each, in registry order.
     *
     * @return the enterprises, unmodifiable, not null
     */
    public List<Enterprise> enterprises() {
        return List.copyOf(registry.values());
    }

    private Enterprise require(OrganizationCode enterpriseId) {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Enterprise e = registry.get(enterpriseId);
        if (e == null) {
            throw new IllegalArgumentException("enterprise not in this jurisdiction: " + enterpriseId);
        }
        return e;
    }

    /**
     * Returns an enterprise of the registry as a unit, named by its name.
     *
     * @param enterpriseId  the enterprise, not null
     * @return the unit, not null
     * @throws IllegalArgumentException if the enterprise is not in the registry
     */
    public ReportingUnit enterpriseUnit(OrganizationCode enterpriseId) {
        return ReportingUnit.enterprise(require(enterpriseId));
    }

    /**
     * Returns the local labour department that monitors an enterprise and receives its monthly
     * figures: its city, or its province when there is no usable city (see the class comment).
     *
     * @param enterpriseId  the enterprise, not null
     * @return a {@link ReportingUnitKind#CITY} or {@link ReportingUnitKind#PROVINCE} unit, not null
     * @throws IllegalArgumentException if the enterprise is not in the registry
     */
    public ReportingUnit monitoringUnit(OrganizationCode enterpriseId) {
        Enterprise e = require(enterpriseId);
        DivisionCode city = e.city();
        if (city.level() == DivisionLevel.PROVINCE || !city.isWithin(e.province())) {
            return named(ReportingUnit.province(e.province()));
        }
        return named(ReportingUnit.city(city.prefecture().orElse(city)));
    }

    /**
     * Returns the industry authority that chose an enterprise: for a central enterprise of 军工,
     * 冶金 or 有色 that is not a Shougang external plant.
     *
     * @param enterpriseId  the enterprise, not null
     * @return the authority, or empty
     * @throws IllegalArgumentException if the enterprise is not in the registry
     */
    public Optional<ReportingUnit> industryAuthority(OrganizationCode enterpriseId) {
        Enterprise e = require(enterpriseId);
        if (e.affiliation() == Affiliation.CENTRAL && e.industry().isMonitoredByNotice() && !e.shougangExternal()) {
            return Optional.of(ReportingUnit.industryAuthority(e.industry()));
        }
        return Optional.empty();
    }

    /**
     * Returns the unit a unit reports to on its territorial line: an enterprise to its
     * {@link #monitoringUnit}, a city to its province, a province or an industry authority to the
     * ministry; a ministry and a trade union to nobody.
     *
     * @param unit  the unit, not null
     * @return the unit above, or empty at the top and for a trade union
     * @throws IllegalArgumentException if the unit is an enterprise not in the registry
     */
    public Optional<ReportingUnit> reportsTo(ReportingUnit unit) {
        Objects.requireNonNull(unit, "unit");
        switch (unit.kind()) {
            case ENTERPRISE:
                return Optional.of(monitoringUnit(unit.enterpriseId().orElseThrow()));
            case CITY:
                return Optional.of(named(ReportingUnit.province(unit.division().orElseThrow().province())));
            case PROVINCE:
            case INDUSTRY_AUTHORITY:
                return Optional.of(ReportingUnit.ministry());
            default:
                return Optional.empty();
        }
    }

    /**
     * Returns the territorial chain of an enterprise: the enterprise, then each unit it reports
     * to by {@link #reportsTo}, up to the ministry.
     *
     * @param enterpriseId  the enterprise, not null
     * @return the chain from the enterprise to the ministry, unmodifiable, not null
     * @throws IllegalArgumentException if the enterprise is not in the registry
     */
    public List<ReportingUnit> chain(OrganizationCode enterpriseId) {
        List<ReportingUnit> chain = new ArrayList<>(4);
        Optional<ReportingUnit> unit = Optional.of(enterpriseUnit(enterpriseId));
        while (unit.isPresent()) {
            chain.add(unit.get());
            unit = reportsTo(unit.get());
        }
        return List.copyOf(chain);
    }

    /**
     * Returns the industry chain of an enterprise: the enterprise, its industry authority and
     * the ministry; empty when it has no industry authority.
     *
     * @param enterpriseId  the enterprise, not null
     * @return the chain, unmodifiable, empty or of three units, not null
     * @throws IllegalArgumentException if the enterprise is not in the registry
     */
    public List<ReportingUnit> industryChain(OrganizationCode enterpriseId) {
        Optional<ReportingUnit> authority = industryAuthority(enterpriseId);
        if (authority.isEmpty()) {
            return List.of();
        }
        return List.of(enterpriseUnit(enterpriseId), authority.get(), ReportingUnit.ministry());
    }

    /**
     * Returns every upward step of an enterprise's reporting, the territorial chain first, then
     * the industry chain, each with the trade union told beside it: the sender's
     * {@link #tradeUnionPeer}.
     *
     * @param enterpriseId  the enterprise, not null
     * @return the steps, unmodifiable, not null
     * @throws IllegalArgumentException if the enterprise is not in the registry
     */
    public List<ReportingStep> steps(OrganizationCode enterpriseId) {
        List<ReportingStep> steps = new ArrayList<>(5);
        addSteps(chain(enterpriseId), steps);
        addSteps(industryChain(enterpriseId), steps);
        return List.copyOf(steps);
    }

    private void addSteps(List<ReportingUnit> chain, List<ReportingStep> steps) {
        for (int i = 1; i < chain.size(); i++) {
            ReportingUnit from = chain.get(i - 1);
            steps.add(ReportingStep.of(from, chain.get(i), tradeUnionPeer(from)));
        }
    }

    /**
     * Returns the trade-union peer of a labour department: the federation of trade unions of its
     * city or province, or 中华全国总工会 for the ministry (劳动和社会保障部). Other units have none.
     *
     * @param unit  the unit, not null
     * @return the trade union, or empty
     */
    public Optional<ReportingUnit> tradeUnionPeer(ReportingUnit unit) {
        Objects.requireNonNull(unit, "unit");
        switch (unit.kind()) {
            case PROVINCE:
            case CITY:
                DivisionCode division = unit.division().orElseThrow();
                ReportingUnit union = ReportingUnit.tradeUnion(division);
                Optional<String> name = divisionName(division);
                return Optional.of(name.isPresent() ? union.withName(name.get() + TRADE_UNION_SUFFIX) : union);
            case MINISTRY:
                return unit.equals(ReportingUnit.ministry())
                        ? Optional.of(ReportingUnit.nationalTradeUnion()) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** The labour department whose peer a trade union is. */
    private ReportingUnit labourPeer(ReportingUnit tradeUnion) {
        Optional<DivisionCode> division = tradeUnion.division();
        return division.isPresent() ? ReportingUnit.ofDivision(division.get()) : ReportingUnit.ministry();
    }

    /**
     * Returns whether a unit may see an enterprise: a ministry always; a trade union when its
     * peer labour department may; any other unit when it is on the enterprise's territorial or
     * industry chain.
     *
     * @param unit  the unit, not null
     * @param enterpriseId  the enterprise, not null
     * @return true if the unit may see the enterprise
     * @throws IllegalArgumentException if the enterprise is not in the registry
     */
    public boolean sees(ReportingUnit unit, OrganizationCode enterpriseId) {
        Objects.requireNonNull(unit, "unit");
        require(enterpriseId);
        switch (unit.kind()) {
            case MINISTRY:
                return true;
            case TRADE_UNION:
                return sees(labourPeer(unit), enterpriseId);
            default:
                return chain(enterpriseId).contains(unit) || industryChain(enterpriseId).contains(unit);
        }
    }

    /**
     * Returns the enterprises a unit may see, by {@link #sees}.
     *
     * @param unit  the unit, not null
     * @return the ids in registry order, unmodifiable, not null
     */
    public List<OrganizationCode> visibleTo(ReportingUnit unit) {
        Objects.requireNonNull(unit, "unit");
        List<OrganizationCode> visible = new ArrayList<>();
        for (OrganizationCode id : registry.keySet()) {
            if (sees(unit, id)) {
                visible.add(id);
            }
        }
        return List.copyOf(visible);
    }

    /**
     * Returns the issuers of the national bulletin (通报, 四(四)): 劳动和社会保障部 and 财政部.
     *
     * @return the two ministries, unmodifiable, not null
     */
    public static List<ReportingUnit> bulletinIssuers() {
        return List.of(ReportingUnit.ministry(), ReportingUnit.ministryOfFinance());
    }

    /**
     * Returns the units the bulletin is circulated to: the province of every enterprise's chain
     * and every industry authority of an industry chain, by kind and code.
     *
     * @return the recipients, unmodifiable, not null
     */
    public List<ReportingUnit> bulletinRecipients() {
        TreeSet<ReportingUnit> recipients = new TreeSet<>();
        for (OrganizationCode id : registry.keySet()) {
            for (ReportingUnit u : chain(id)) {
                if (u.kind() == ReportingUnitKind.PROVINCE) {
                    recipients.add(u);
                }
            }
            industryAuthority(id).ifPresent(recipients::add);
        }
        return List.copyOf(recipients);
    }

    /**
     * Returns every unit of this jurisdiction: both ministries, the national federation of trade
     * unions, and every unit on an enterprise's chains with its trade-union peer; by kind and
     * code.
     *
     * @return the units, unmodifiable, not null
     */
    public List<ReportingUnit> units() {
        TreeSet<ReportingUnit> units = new TreeSet<>(bulletinIssuers());
        units.add(ReportingUnit.nationalTradeUnion());
        for (OrganizationCode id : registry.keySet()) {
            for (ReportingUnit u : chain(id)) {
                units.add(u);
                tradeUnionPeer(u).ifPresent(units::add);
            }
            units.addAll(industryChain(id));
        }
        return List.copyOf(units);
    }

    private ReportingUnit named(ReportingUnit unit) {
        Optional<String> name = divisionName(unit.division().orElseThrow());
        return name.isPresent() ? unit.withName(name.get()) : unit;
    }

    private Optional<String> divisionName(DivisionCode division) {
        if (names == null) {
            return Optional.empty();
        }
        return names.find(division).map(AdminDivision::name);
    }

    /**
     * Returns the size of the registry, such as {@code Jurisdiction[151 enterprises]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Jurisdiction[" + registry.size() + " enterprises]";
    }
}
