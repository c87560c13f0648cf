package com.halowill.partnerhub.orders.internal;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.orders.BusinessSummary;
import com.halowill.partnerhub.orders.LineRef;
import com.halowill.partnerhub.orders.LineStatus;
import com.halowill.partnerhub.orders.OpenBusiness;
import com.halowill.partnerhub.orders.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Counts and lists a distributor's open orders and lines straight from the orders schema. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class OpenBusinessReading implements OpenBusiness {

    private static final String LINE = """
            select p.id, p.po_number, l.line_number, l.sku, l.quantity, l.requested_date, l.status, l.demand_ref
            from orders.order_line l join orders.purchase_order p on p.id = l.order_id
            """;

    private final EntityManager em;

    OpenBusinessReading(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public BusinessSummary summary(DistributorCode code) {
        String distributor = code.value();
        Object[] counts = (Object[]) em.createNativeQuery("""
                select count(distinct p.id), count(l.id) filter (where l.status in ('PENDING_COMMITMENT', 'ON_REVIEW'))
                from orders.purchase_order p join orders.order_line l on l.order_id = p.id
                where p.distributor = ?1 and p.status in ('RECEIVED', 'ACKNOWLEDGED', 'PARTIALLY_SHIPPED')""")
                .setParameter(1, distributor).getSingleResult();
        return new BusinessSummary(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<LineRef> lines(DistributorCode code, Collection<DemandRef> refs) {
        String distributor = code.value();
        List<String> demandRefs = DemandRef.values(refs);
        if (demandRefs.isEmpty()) {
            return List.of();
        }
        return ((List<Object[]>) em.createNativeQuery(LINE + """
                where p.distributor = ?1 and l.demand_ref = any(cast(?2 as varchar[]))""")
                .setParameter(1, distributor).setParameter(2, demandRefs.toArray(String[]::new)).getResultList())
                .stream().map(OpenBusinessReading::line).toList();
    }

    private static LineRef line(Object[] r) {
        return new LineRef(new OrderId((UUID) r[0]), (String) r[1], ((Number) r[2]).intValue(), new Sku((String) r[3]),
                ((Number) r[4]).intValue(), (LocalDate) r[5], LineStatus.valueOf((String) r[6]),
                new DemandRef((String) r[7]));
    }
}
