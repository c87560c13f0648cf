package com.halowill.partnerhub.orders.internal;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.orders.PlanningSchedule;
import com.halowill.partnerhub.orders.PlanningSchedules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Planning schedules in {@code orders.planning_schedule} and their lines in {@code orders.forecast_line}. */
@ApplicationScoped
@Transactional
class PlanningScheduleBook implements PlanningSchedules {

    private static final String SELECT = """
            select s.id, s.distributor, s.reference, s.horizon_start, s.horizon_end, s.received_at, s.received_by,
                   l.sku, l.firm, l.period_start, l.period_end, l.quantity
            from orders.planning_schedule s left join orders.forecast_line l on l.schedule_id = s.id""";

    private final EntityManager em;

    PlanningScheduleBook(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean keep(PlanningSchedule s, String key) {
        List<?> id = em.createNativeQuery("""
                insert into orders.planning_schedule (distributor, receipt_key, reference, horizon_start, horizon_end,
                    received_at, received_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (distributor, receipt_key) do nothing
                returning id""").setParameter(1, s.distributor().value()).setParameter(2, key)
                .setParameter(3, s.reference()).setParameter(4, Date.valueOf(s.horizonStart()))
                .setParameter(5, Date.valueOf(s.horizonEnd())).setParameter(6, Timestamp.from(s.receivedAt()))
                .setParameter(7, s.receivedBy()).getResultList();
        if (id.isEmpty()) {
            return false;
        }
        int position = 0;
        for (PlanningSchedule.Forecast f : s.lines()) {
            em.createNativeQuery("""
                    insert into orders.forecast_line (schedule_id, position, sku, firm, period_start, period_end,
                        quantity) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""").setParameter(1, id.get(0))
                    .setParameter(2, ++position).setParameter(3, f.sku().value()).setParameter(4, f.firm())
                    .setParameter(5, Date.valueOf(f.periodStart())).setParameter(6, Date.valueOf(f.periodEnd()))
                    .setParameter(7, f.quantity()).executeUpdate();
        }
        return true;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanningSchedule> of(DistributorCode distributor, int limit) {
        return read(em.createNativeQuery(SELECT + """
                 where s.id in (select id from orders.planning_schedule where distributor = ?1
                                order by received_at desc, id desc limit ?2)
                order by s.received_at desc, s.id desc, l.position""").setParameter(1, distributor.value())
                .setParameter(2, limit).getResultList());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanningSchedule> newest() {
        return read(em.createNativeQuery(SELECT + """
                 where s.id in (select distinct on (distributor) id from orders.planning_schedule
                                order by distributor, received_at desc, id desc)
                order by s.distributor, l.position""").getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<PlanningSchedule> read(List<?> rows) {
        Map<Long, PlanningSchedule> byId = new LinkedHashMap<>();
        Map<Long, List<PlanningSchedule.Forecast>> lines = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) rows) {
            long id = ((Number) r[0]).longValue();
            byId.computeIfAbsent(id, k -> new PlanningSchedule(new DistributorCode((String) r[1]), (String) r[2],
                    date(r[3]), date(r[4]), (Instant) r[5], (String) r[6], List.of()));
            List<PlanningSchedule.Forecast> mine = lines.computeIfAbsent(id, k -> new ArrayList<>());
            if (r[7] != null) {
                mine.add(new PlanningSchedule.Forecast(new Sku((String) r[7]), (Boolean) r[8], date(r[9]), date(r[10]),
                        ((Number) r[11]).intValue()));
            }
        }
        List<PlanningSchedule> out = new ArrayList<>();
        byId.forEach((id, s) -> out.add(new PlanningSchedule(s.distributor(), s.reference(), s.horizonStart(),
                s.horizonEnd(), s.receivedAt(), s.receivedBy(), lines.get(id))));
        return out;
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
