package com.halowill.partnerhub.commitments.internal.shipping;
import com.halowill.partnerhub.catalog.DistributorCode;

import com.halowill.partnerhub.commitments.DeliveryPerformance;
import com.halowill.partnerhub.commitments.DistributorFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * OTIF and promise accuracy per distributor, counted in the database: a line is in full when everything
 * ordered has shipped; it is on time against a date when its last shipment is on or before that date. The
 * first date given is the first dated answer in its history, the last the latest before it shipped.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveryFigures implements DeliveryPerformance {

    private final EntityManager em;

    public DeliveryFigures(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<DistributorFigures> figures() {
        List<Object[]> rows = em.createNativeQuery("""
                with done as (
                    select c.id, c.distributor, c.quantity,
                           (select coalesce(sum(a.shipped), 0) from commitments.allocation a where a.commitment_id = c.id)
                               as shipped,
                           (select max(s.ship_date) from commitments.shipment_line l
                               join commitments.shipment s on s.id = l.shipment_id where l.demand_ref = c.demand_ref)
                               as completed
                    from commitments.commitment c where c.state = 'CONFIRMED'),
                first_given as (
                    select distinct on (commitment_id) commitment_id, ship_date from commitments.commitment_history
                    where ship_date is not null order by commitment_id, at, id),
                last_given as (
                    select distinct on (commitment_id) commitment_id, ship_date from commitments.commitment_history
                    where ship_date is not null and action <> 'SHIPPED' order by commitment_id, at desc, id desc),
                moves as (
                    select c.distributor, count(*) as n from commitments.commitment_history h
                    join commitments.commitment c on c.id = h.commitment_id
                    where h.action in ('MOVED', 'OVERRIDDEN') group by c.distributor)
                select d.distributor,
                       count(*) filter (where d.shipped >= d.quantity) as lines,
                       count(*) filter (where d.shipped >= d.quantity and d.completed <= l.ship_date) as otif_last,
                       count(*) filter (where d.shipped >= d.quantity and d.completed <= f.ship_date) as otif_first,
                       count(*) filter (where d.shipped >= d.quantity and abs(d.completed - f.ship_date) <= 2) as accurate,
                       coalesce(max(m.n), 0) as moves
                from done d join first_given f on f.commitment_id = d.id join last_given l on l.commitment_id = d.id
                left join moves m on m.distributor = d.distributor
                group by d.distributor order by d.distributor""").getResultList();
        return rows.stream().map(r -> {
            int lines = ((Number) r[1]).intValue();
            return new DistributorFigures(new DistributorCode((String) r[0]), lines, share(r[2], lines),
                    share(r[3], lines), share(r[4], lines), ((Number) r[5]).intValue());
        }).toList();
    }

    private static double share(Object n, int of) {
        return of == 0 ? 0 : ((Number) n).doubleValue() / of;
    }
}
