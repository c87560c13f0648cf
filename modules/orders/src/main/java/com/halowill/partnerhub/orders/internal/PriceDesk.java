package com.halowill.partnerhub.orders.internal;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Pricing;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.PriceDecision;
import com.halowill.partnerhub.orders.PriceDecisionNeeded;
import com.halowill.partnerhub.orders.PriceReviews;
import com.halowill.partnerhub.orders.PricedLine;
import com.halowill.partnerhub.platform.RetriedOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads lines' prices against the contract price, records ops' price decisions on flagged lines, and confirms
 * proposals only once their line's price is decided.
 */
@ApplicationScoped
@RetriedOnConflict
class PriceDesk implements PriceReviews {

    static final String MISMATCH = "PRICE_MISMATCH";

    private static final String LINES = """
            select l.demand_ref, p.id, p.po_number, l.line_number, p.distributor, p.currency, l.unit_price, l.sku,
                   l.flags, d.tier
            from orders.order_line l join orders.purchase_order p on p.id = l.order_id
                 join orders.distributor d on d.code = p.distributor
            where l.demand_ref = any(cast(?1 as varchar[]))""";

    private final EntityManager em;
    private final Pricing pricing;
    private final Promises promises;
    private final Clock clock;

    PriceDesk(EntityManager em, Pricing pricing, Promises promises, Clock clock) {
        this.em = em;
        this.pricing = pricing;
        this.promises = promises;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PricedLine> lines(Collection<DemandRef> demandRefs) {
        return demandRefs.isEmpty() ? List.of() : read(LINES, DemandRef.values(demandRefs));
    }

    @Override
    @Transactional
    public PricedLine decide(DemandRef ref, PriceDecision decision, String actor) {
        String demandRef = ref.value();
        List<PricedLine> found = read(LINES + " for update of l", List.of(demandRef));
        if (found.isEmpty()) {
            throw new NoSuchElementException("no order line " + demandRef);
        }
        PricedLine line = found.get(0);
        if (!line.priceMismatch()) {
            throw new IllegalStateException("PO " + line.poNumber() + " line " + line.lineNumber()
                    + " has no price to decide");
        }
        BigDecimal price = decision == PriceDecision.CONTRACT_PRICE ? line.contractPrice() : line.unitPrice();
        em.createNativeQuery("""
                update orders.order_line set unit_price = ?2,
                    flags = array_to_string(array_remove(string_to_array(flags, ','), ?3), ','),
                    price_decision = ?4, price_decided_by = ?5, price_decided_at = ?6
                where demand_ref = ?1""").setParameter(1, demandRef).setParameter(2, price).setParameter(3, MISMATCH)
                .setParameter(4, decision.name()).setParameter(5, actor).setParameter(6, Timestamp.from(clock.instant()))
                .executeUpdate();
        em.createNativeQuery("update orders.purchase_order set updated_at = ?2 where id = ?1")
                .setParameter(1, line.orderId().value())
                .setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
        return read(LINES, List.of(demandRef)).get(0);
    }

    @Override
    @Transactional
    public Commitment confirm(UUID commitmentId, PriceDecision decision, String actor) {
        // The engine locks the pools, the commitment and then the order; the line's own lock comes last, as everyone
        // locks. Confirming again changes nothing, and a price decided meanwhile is not decided twice.
        Commitment confirmed = promises.confirm(commitmentId, actor);
        Optional<PricedLine> flagged = read(LINES + " for update of l", List.of(confirmed.demandRef().value())).stream()
                .filter(PricedLine::priceMismatch).findFirst();
        if (flagged.isPresent()) {
            if (decision == null) {
                throw new PriceDecisionNeeded(flagged.get());
            }
            decide(flagged.get().demandRef(), decision, actor);
        }
        return confirmed;
    }

    @Override
    @Transactional
    public List<Commitment> confirmAll(Collection<UUID> commitmentIds, String actor) {
        List<Commitment> done = promises.confirmAll(commitmentIds, actor);
        Optional<PricedLine> flagged = read(LINES,
                DemandRef.values(done.stream().map(Commitment::demandRef).toList())).stream()
                .filter(PricedLine::priceMismatch).findFirst();
        if (flagged.isPresent()) {
            throw new PriceDecisionNeeded(flagged.get());
        }
        return done;
    }

    @SuppressWarnings("unchecked")
    private List<PricedLine> read(String sql, Collection<String> refs) {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, refs.toArray(String[]::new)).getResultList();
        return rows.stream().map(r -> new PricedLine(new DemandRef((String) r[0]), new OrderId((UUID) r[1]),
                (String) r[2],
                ((Number) r[3]).intValue(), new DistributorCode((String) r[4]), (String) r[5], (BigDecimal) r[6],
                pricing.priceFor(new Sku((String) r[7]), new DistributorCode((String) r[4]), (String) r[9],
                        today).amount(),
                Arrays.asList(((String) r[8]).split(",")).contains(MISMATCH))).collect(Collectors.toList());
    }
}
