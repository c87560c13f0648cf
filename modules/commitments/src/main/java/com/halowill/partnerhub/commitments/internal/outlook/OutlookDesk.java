package com.halowill.partnerhub.commitments.internal.outlook;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.CommitmentAtRisk;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.DistributorOutlook;
import com.halowill.partnerhub.commitments.HistoryEntry;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.ShipmentDue;
import com.halowill.partnerhub.commitments.internal.store.ScheduleText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads a distributor's outlook from its open commitments' allocations and the history of HaloWill's changes. */
@ApplicationScoped
public class OutlookDesk implements DistributorOutlook {

    /** The reasons of changes HaloWill made to a partner's dates; kept in step with the notices index. */
    public static final List<ReasonCode> NOTICES = List.of(ReasonCode.SUPPLY_CONSTRAINT, ReasonCode.QUALITY_HOLD,
            ReasonCode.ALLOCATION_DECISION, ReasonCode.LOGISTICS, ReasonCode.PRICE_REVIEW, ReasonCode.SUPPLY_CHANGE,
            ReasonCode.BACKORDER_RUN);

    /** Open commitments of a distributor (?1) that ship after the date asked or have units without a date. */
    private static final String AT_RISK = """
            from commitments.commitment c
            where c.distributor = ?1 and c.state in ('PROPOSED', 'CONFIRMED')
              and (c.backordered > 0 or exists (select 1 from commitments.allocation a where a.commitment_id = c.id
                                                and a.ship_date > c.requested_date and a.units > a.shipped))
            """;

    /** The distributor's (?1) notices since ?2, newest first, at most ?3; the reasons as the partial index has them. */
    private static final String NOTICE_ROWS = """
            select h.commitment_id, h.demand_ref, h.at, h.actor, h.action, h.reason_code, h.note, h.schedule
            from commitments.commitment_history h join commitments.commitment c on c.id = h.commitment_id
            where h.reason_code in (%s) and h.at >= ?2 and c.distributor = ?1
            order by h.at desc, h.id desc limit ?3""".formatted(String.join(", ", NOTICES.stream()
            .map(r -> "'" + r.name() + "'").toList()));

    private final EntityManager em;

    public OutlookDesk(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<CommitmentAtRisk> atRisk(DistributorCode code, int limit) {
        String distributor = code.value();
        List<Object[]> rows = em.createNativeQuery("select c.demand_ref, c.sku, c.quantity, c.requested_date,"
                + " c.backordered, (select max(a.ship_date) from commitments.allocation a where a.commitment_id = c.id),"
                + " c.state " + AT_RISK + " order by c.requested_date, c.demand_ref limit ?2")
                .setParameter(1, distributor).setParameter(2, limit).getResultList();
        List<CommitmentAtRisk> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new CommitmentAtRisk(new DemandRef((String) r[0]), new Sku((String) r[1]),
                    ((Number) r[2]).intValue(), (LocalDate) r[3],
                    ((Number) r[4]).intValue(), (LocalDate) r[5], CommitmentState.valueOf((String) r[6])));
        }
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public int atRiskCount(DistributorCode code) {
        String distributor = code.value();
        return ((Number) em.createNativeQuery("select count(*) " + AT_RISK).setParameter(1, distributor)
                .getSingleResult()).intValue();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<ShipmentDue> nextShipments(DistributorCode code, LocalDate from, int limit) {
        String distributor = code.value();
        List<Object[]> rows = em.createNativeQuery("""
                select c.demand_ref, c.sku, a.units - a.shipped, a.ship_date, a.delivery_date, a.lta_code, c.state
                from commitments.commitment c join commitments.allocation a on a.commitment_id = c.id
                where c.distributor = ?1 and c.state in ('PROPOSED', 'CONFIRMED') and a.ship_date >= ?2
                  and a.units > a.shipped
                order by a.ship_date, c.demand_ref limit ?3""").setParameter(1, distributor).setParameter(2, from)
                .setParameter(3, limit).getResultList();
        List<ShipmentDue> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new ShipmentDue(new DemandRef((String) r[0]), new Sku((String) r[1]), ((Number) r[2]).intValue(),
                    (LocalDate) r[3], (LocalDate) r[4], (String) r[5], CommitmentState.valueOf((String) r[6])));
        }
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<HistoryEntry> notices(DistributorCode code, Instant since, int limit) {
        String distributor = code.value();
        List<Object[]> rows = em.createNativeQuery(NOTICE_ROWS).setParameter(1, distributor)
                .setParameter(2, Timestamp.from(since)).setParameter(3, limit).getResultList();
        List<HistoryEntry> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new HistoryEntry((UUID) r[0], new DemandRef((String) r[1]), (Instant) r[2], (String) r[3],
                    (String) r[4],
                    ReasonCode.valueOf((String) r[5]), (String) r[6], ScheduleText.parse((String) r[7])));
        }
        return out;
    }
}
