package com.halowill.partnerhub.commitments.internal.outlook;
import com.halowill.partnerhub.catalog.DistributorCode;

import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.AllocationBoard;
import com.halowill.partnerhub.commitments.LtaStatus;
import com.halowill.partnerhub.commitments.ProductBoard;
import com.halowill.partnerhub.commitments.ProductWeek;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.Quote;
import com.halowill.partnerhub.commitments.QuoteRequest;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.commitments.internal.allocation.AllocationStore;
import com.halowill.partnerhub.commitments.internal.allocation.LtaLedger;
import com.halowill.partnerhub.commitments.internal.allocation.Weeks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds a product's allocation board from its open commitments, its LTA ledgers and one quote of the engine. */
@ApplicationScoped
public class ProductBoards implements AllocationBoard {

    /** The most weeks one board shows (two years). */
    public static final int MAX_WEEKS = 104;

    /** Asks the engine for everything, as a distributor without an LTA or cap would. */
    private static final int EVERYTHING = 100_000_000;
    private static final DistributorCode NO_LTA = null;

    /** Per week: units asked for, of them late and backordered; units held, confirmed and shipped. */
    private static final String WEEKS = """
            with open as (
                select id, requested_date, quantity, backordered, state from commitments.commitment
                where sku = ?1 and state in ('PROPOSED', 'CONFIRMED')),
            used as (
                select date_trunc('week', a.ship_date)::date as week,
                       coalesce(sum(a.units - a.shipped) filter (where o.state = 'PROPOSED'), 0) as held,
                       coalesce(sum(a.units - a.shipped) filter (where o.state = 'CONFIRMED'), 0) as confirmed,
                       coalesce(sum(a.shipped), 0) as shipped
                from commitments.allocation a join open o on o.id = a.commitment_id group by 1),
            asked as (
                select date_trunc('week', o.requested_date)::date as week, sum(o.quantity) as requested,
                       sum(o.backordered) as backordered,
                       coalesce(sum((select sum(a.units) from commitments.allocation a
                                     where a.commitment_id = o.id and a.ship_date > o.requested_date)), 0) as late
                from open o group by 1)
            select coalesce(u.week, k.week), coalesce(k.requested, 0), coalesce(k.late, 0),
                   coalesce(k.backordered, 0), coalesce(u.held, 0), coalesce(u.confirmed, 0), coalesce(u.shipped, 0)
            from used u full join asked k on k.week = u.week
            order by 1""";

    private final EntityManager em;
    private final AllocationStore store;
    private final Promises promises;
    private final Clock clock;

    public ProductBoards(EntityManager em, AllocationStore store, Promises promises, Clock clock) {
        this.em = em;
        this.store = store;
        this.promises = promises;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public ProductBoard product(Sku product) {
        String sku = product.value();
        LocalDate today = LocalDate.now(clock);
        TreeMap<LocalDate, int[]> weeks = new TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(WEEKS).setParameter(1, sku).getResultList()) {
            int[] w = week(weeks, (LocalDate) r[0]);
            for (int i = 0; i < 6; i++) {
                w[i] = ((Number) r[i + 1]).intValue();
            }
        }
        for (LtaLedger l : store.ltaLedgers(null)) {
            if (!l.sku.equals(sku)) {
                continue;
            }
            int[] protectedUnits = l.protectedUnits(today);
            for (int i = 0; i < l.weeks.size(); i++) {
                if (l.weeks.get(i).isBefore(Weeks.monday(today))) {
                    continue;
                }
                int[] w = week(weeks, l.weeks.get(i));
                w[6] += l.quota[i];
                w[7] += l.drawn[i];
                w[8] += protectedUnits[i];
            }
        }
        Quote open = promises.quote(new QuoteRequest(NO_LTA, product, EVERYTHING, today, null));
        for (ScheduleLine s : open.schedule()) {
            if (s.shipDate() != null) {
                week(weeks, Weeks.monday(s.shipDate()))[9] += s.quantity();
            }
        }
        List<LtaStatus> ltas = store.ltas(null).stream().filter(l -> l.lta().sku().value().equals(sku)).toList();
        return new ProductBoard(product, rows(weeks, Weeks.monday(today)), ltas);
    }

    private static int[] week(Map<LocalDate, int[]> weeks, LocalDate monday) {
        return weeks.computeIfAbsent(monday, k -> new int[10]);
    }

    /** Every week from the earliest with anything (or this one) to the last with anything, at most two years. */
    private static List<ProductWeek> rows(TreeMap<LocalDate, int[]> weeks, LocalDate thisWeek) {
        List<ProductWeek> out = new ArrayList<>();
        if (weeks.isEmpty()) {
            return out;
        }
        LocalDate first = weeks.firstKey();
        LocalDate last = weeks.lastKey();
        for (LocalDate w = first.isBefore(thisWeek) ? first : thisWeek; !w.isAfter(last) && out.size() < MAX_WEEKS;
                w = w.plusWeeks(1)) {
            int[] v = weeks.getOrDefault(w, new int[10]);
            out.add(new ProductWeek(w, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]));
        }
        return out;
    }
}
