package com.halowill.partnerhub.commitments.internal.allocation;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.AllocationCap;
import com.halowill.partnerhub.commitments.Allocations;
import com.halowill.partnerhub.commitments.Lta;
import com.halowill.partnerhub.commitments.LtaStatus;
import com.halowill.partnerhub.inventory.SupplyPools;
import com.halowill.partnerhub.platform.AlongRead;
import com.halowill.partnerhub.platform.ReferenceSnapshot;
import com.halowill.partnerhub.platform.RowArrays;
import com.halowill.partnerhub.platform.WriteBehind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/** LTAs with their weekly quotas and draws, allocation caps and fair-share weights, in the commitments schema. */
@ApplicationScoped
@Transactional
public class AllocationStore implements Allocations {

    /**
     * Every LTA week and cap, unless the ledgers still have the revision sent (then only that revision, as 'R'):
     * kind, LTA code, distributor, SKU, period, committed volume, fence, week, quota, drawn, shipped, then a cap's id
     * (or the revision) and what it used, then the protection the LTA week yielded.
     */
    private static final String LEDGERS = """
            with v as (
                select revision, revision is not distinct from cast(? as int8) as known
                from commitments.ledger_revision)
            select 'R', null, null, null, null, null, 0, 0, null, 0, 0, 0, v.revision, 0, 0 from v
            union all
            select 'L', l.code, l.distributor, l.sku, l.period_start, l.period_end, l.committed_quantity,
                   l.fence_weeks, w.week_start, w.quota, w.drawn, w.shipped, cast(null as bigint), 0, w.yielded
            from commitments.lta l join commitments.lta_week w on w.lta_code = l.code
            where not coalesce((select known from v), false)
            union all
            select 'C', null, distributor, sku, period_start, period_end, max_quantity, 0, null, 0, 0, 0, id, used, 0
            from commitments.allocation_cap
            where not coalesce((select known from v), false)
            order by 1 desc, 2, 9, 13""";

    /** The ledgers' rows as last read, with the revision they had then. */
    private record KeptLedgers(long revision, List<Object[]> ltas, List<Object[]> caps) {
    }

    private final boolean keep;
    private volatile KeptLedgers kept;
    private final EntityManager em;
    private final Clock clock;
    private final SupplyPools pools;
    private final ReferenceSnapshot<List<String>> ltaSkus;
    private final WriteBehind writes;

    @SuppressWarnings("unchecked")
    public AllocationStore(EntityManager em, Clock clock, SupplyPools pools,
            TransactionSynchronizationRegistry transactions,
            WriteBehind writes, @ConfigProperty(name = "partnerhub.pools.cache", defaultValue = "true") boolean keep) {
        this.keep = keep;
        this.em = em;
        this.writes = writes;
        this.clock = clock;
        this.pools = pools;
        this.ltaSkus = new ReferenceSnapshot<>(em, transactions, "commitments",
                () -> List.copyOf(em.createNativeQuery("select distinct sku from commitments.lta").getResultList()));
    }

    // ---- for the engine -------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    /** Every LTA ledger and cap, read in one round trip. */
    public AllocationTotals totals() {
        AlongRead<AllocationTotals> read = totalsRead();
        return em.unwrap(Session.class).doReturningWork(read::run);
    }

    /**
     * The query of {@link #totals}, to ride along with the statements that lock and read the supply pools (intake
     * reads the ledgers while it holds the pool locks, in the same round trip). It sends the revision of the ledgers
     * kept from the last reading; if they still have it, only the revision comes back and the kept rows are used.
     * Revision and rows come from one statement, so they always belong together.
     */
    public AlongRead<AllocationTotals> totalsRead() {
        KeptLedgers known = keep ? kept : null;
        return new AlongRead<>(LEDGERS, (c, ps, index) -> {
            if (known == null) {
                ps.setNull(index, Types.BIGINT);
            } else {
                ps.setLong(index, known.revision());
            }
            return index + 1;
        }, rs -> {
            Long revision = null;
            List<Object[]> ltas = new ArrayList<>();
            List<Object[]> caps = new ArrayList<>();
            while (rs.next()) {
                switch (rs.getString(1)) {
                    case "R" -> revision = rs.getLong(13);
                    case "L" -> ltas.add(new Object[] {rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8),
                        rs.getObject(9, LocalDate.class), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(15)});
                    default -> caps.add(new Object[] {rs.getObject(13, Long.class), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7),
                        rs.getInt(14)});
                }
            }
            if (known != null && revision != null && revision == known.revision()) {
                ltas = known.ltas();
                caps = known.caps();
            } else if (keep && revision != null) {
                kept = new KeptLedgers(revision, List.copyOf(ltas), List.copyOf(caps));
            }
            return new AllocationTotals(ltaLedgers(ltas), capLedgers(caps));
        });
    }

    /**
     * The products LTAs are held for (their recipes decide which pools LTA protection touches), kept per revision of
     * the LTA table.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> ltaSkus() {
        return ltaSkus.get();
    }

    /** Writes what the engine drew on LTAs (and what a re-commit made them yield) and caps as increments. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(AllocationTotals t) {
        List<String> codes = new ArrayList<>();
        List<LocalDate> weeks = new ArrayList<>();
        List<Integer> drawn = new ArrayList<>();
        List<Integer> yielded = new ArrayList<>();
        for (int i = 0; i < t.ltas.size(); i++) {
            LtaLedger l = t.ltas.get(i);
            for (int w = 0; w < l.weeks.size(); w++) {
                int delta = t.drawnDelta(i, w);
                int yieldDelta = t.yieldedDelta(i, w);
                if (delta != 0 || yieldDelta != 0) {
                    codes.add(l.code);
                    weeks.add(l.weeks.get(w));
                    drawn.add(delta);
                    yielded.add(yieldDelta);
                }
            }
        }
        if (!codes.isEmpty()) {
            writes.write("""
                    update commitments.lta_week w set drawn = w.drawn + d.delta, yielded = w.yielded + d.yielded
                    from unnest(?::varchar[], ?::date[], ?::int4[], ?::int4[]) as d(code, week, delta, yielded)
                    where w.lta_code = d.code and w.week_start = d.week""", (c, ps, index) -> {
                int i = RowArrays.bind(c, ps, index, "varchar", codes, code -> code);
                i = RowArrays.bind(c, ps, i, "date", weeks, Date::valueOf);
                i = RowArrays.bind(c, ps, i, "int4", drawn, delta -> delta);
                return RowArrays.bind(c, ps, i, "int4", yielded, delta -> delta);
            });
        }
        List<Long> caps = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < t.caps.size(); i++) {
            int delta = t.usedDelta(i);
            if (delta != 0) {
                caps.add(t.caps.get(i).id);
                used.add(delta);
            }
        }
        if (!caps.isEmpty()) {
            writes.write("""
                    update commitments.allocation_cap c set used = greatest(0, c.used + d.delta)
                    from unnest(?::int8[], ?::int4[]) as d(id, delta) where c.id = d.id""", (c, ps, index) -> {
                int i = RowArrays.bind(c, ps, index, "int8", caps, id -> id);
                return RowArrays.bind(c, ps, i, "int4", used, delta -> delta);
            });
        }
        t.saved();
    }

    @SuppressWarnings("unchecked")
    public List<LtaLedger> ltaLedgers(String distributor) {
        return ltaLedgers((List<Object[]>) em.createNativeQuery("""
                select l.code, l.distributor, l.sku, l.period_start, l.period_end, l.committed_quantity, l.fence_weeks,
                       w.week_start, w.quota, w.drawn, w.shipped, w.yielded
                from commitments.lta l join commitments.lta_week w on w.lta_code = l.code
                where (cast(?1 as varchar) is null or l.distributor = ?1)
                order by l.code, w.week_start""").setParameter(1, distributor).getResultList());
    }

    /**
     * Ledgers from rows of code, distributor, sku, period, committed, fence, then week, quota, drawn, shipped,
     * yielded.
     */
    private static List<LtaLedger> ltaLedgers(List<Object[]> rows) {
        Map<String, List<Object[]>> byCode = new LinkedHashMap<>();
        rows.forEach(r -> byCode.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r));
        List<LtaLedger> out = new ArrayList<>();
        byCode.forEach((code, weekRows) -> {
            Object[] h = weekRows.get(0);
            List<LocalDate> weeks = LtaLedger.periodWeeks((LocalDate) h[3], (LocalDate) h[4]);
            int[] quota = new int[weeks.size()];
            int[] drawn = new int[weeks.size()];
            int[] yielded = new int[weeks.size()];
            for (Object[] r : weekRows) {
                int i = weeks.indexOf((LocalDate) r[7]);
                if (i >= 0) {
                    quota[i] = n(r[8]);
                    drawn[i] = n(r[9]);
                    yielded[i] = n(r[11]);
                }
            }
            out.add(new LtaLedger(code, (String) h[1], (String) h[2], (LocalDate) h[3], (LocalDate) h[4], n(h[5]),
                    n(h[6]), weeks, quota, drawn, yielded));
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<CapLedger> capLedgers() {
        return capLedgers((List<Object[]>) em.createNativeQuery("""
                select id, distributor, sku, period_start, period_end, max_quantity, used
                from commitments.allocation_cap order by id""").getResultList());
    }

    private static List<CapLedger> capLedgers(List<Object[]> rows) {
        return rows.stream().map(r -> new CapLedger(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (LocalDate) r[3], (LocalDate) r[4], n(r[5]), n(r[6]))).toList();
    }

    // ---- ops ------------------------------------------------------------------------------------

    @Override
    public void saveLta(Lta lta) {
        String problem = lta.periodEnd().isBefore(lta.periodStart()) ? "its period ends before it starts"
                : lta.committedQuantity() < 1 ? "its volume must be at least 1"
                : lta.takeOrPayPercent() < 0 || lta.takeOrPayPercent() > 100 ? "its take-or-pay share is 0 to 100%"
                : lta.fenceWeeks() < 0 || lta.fenceWeeks() > 52 ? "its fence is 0 to 52 weeks" : null;
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        pools.snapshot(List.of(lta.sku()), true);
        for (LtaLedger other : ltaLedgers(lta.distributor().value())) {
            if (other.code.equals(lta.code()) && !other.sku.equals(lta.sku().value())) {
                throw new IllegalArgumentException("an existing LTA keeps its product");
            }
            if (!other.code.equals(lta.code()) && other.sku.equals(lta.sku().value())
                    && !other.periodEnd.isBefore(lta.periodStart()) && !lta.periodEnd().isBefore(other.periodStart)) {
                throw new IllegalArgumentException(lta.distributor() + " already has an LTA on " + lta.sku()
                        + " in that period (" + other.code + ")");
            }
        }
        List<?> holder = em.createNativeQuery("select distributor from commitments.lta where code = ?1")
                .setParameter(1, lta.code()).getResultList();
        if (!holder.isEmpty() && !holder.get(0).equals(lta.distributor().value())) {
            throw new IllegalArgumentException("an existing LTA keeps its distributor");
        }
        em.createNativeQuery("""
                insert into commitments.lta (code, distributor, sku, period_start, period_end, committed_quantity,
                take_or_pay_percent, fence_weeks) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (code) do update set distributor = excluded.distributor, sku = excluded.sku,
                period_start = excluded.period_start, period_end = excluded.period_end,
                committed_quantity = excluded.committed_quantity, take_or_pay_percent = excluded.take_or_pay_percent,
                fence_weeks = excluded.fence_weeks""")
                .setParameter(1, lta.code()).setParameter(2, lta.distributor().value())
                .setParameter(3, lta.sku().value())
                .setParameter(4, lta.periodStart()).setParameter(5, lta.periodEnd())
                .setParameter(6, lta.committedQuantity()).setParameter(7, lta.takeOrPayPercent())
                .setParameter(8, lta.fenceWeeks()).executeUpdate();
        ltaSkus.changed();
        List<LocalDate> weeks = LtaLedger.periodWeeks(lta.periodStart(), lta.periodEnd());
        int[] quota = LtaLedger.evenQuota(lta.committedQuantity(), weeks.size());
        em.createNativeQuery("update commitments.lta_week set quota = 0 where lta_code = ?1")
                .setParameter(1, lta.code()).executeUpdate();
        for (int i = 0; i < weeks.size(); i++) {
            em.createNativeQuery("""
                    insert into commitments.lta_week (lta_code, week_start, quota) values (?1, ?2, ?3)
                    on conflict (lta_code, week_start) do update set quota = excluded.quota""")
                    .setParameter(1, lta.code()).setParameter(2, weeks.get(i)).setParameter(3, quota[i])
                    .executeUpdate();
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<LtaStatus> ltas(DistributorCode code) {
        String distributor = code == null ? null : code.value();
        LocalDate today = LocalDate.now(clock);
        Map<String, Object[]> heads = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("""
                select l.code, l.take_or_pay_percent, coalesce(sum(w.shipped), 0)
                from commitments.lta l left join commitments.lta_week w on w.lta_code = l.code
                group by l.code, l.take_or_pay_percent""").getResultList();
        rows.forEach(r -> heads.put((String) r[0], r));
        List<LtaStatus> out = new ArrayList<>();
        for (LtaLedger l : ltaLedgers(distributor)) {
            Object[] h = heads.get(l.code);
            int top = n(h[1]);
            int calledOff = l.committed - l.remaining();
            int protectedNow = Arrays.stream(l.protectedUnits(today)).sum();
            int topQuantity = (int) Math.ceil(l.committed * top / 100.0);
            long total = ChronoUnit.DAYS.between(l.periodStart, l.periodEnd) + 1;
            long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(l.periodStart, today) + 1));
            int expected = (int) (topQuantity * elapsed / total);
            LtaStatus.TakeOrPay status = calledOff >= topQuantity ? LtaStatus.TakeOrPay.MET
                    : calledOff >= expected ? LtaStatus.TakeOrPay.ON_TRACK : LtaStatus.TakeOrPay.AT_RISK;
            out.add(new LtaStatus(new Lta(l.code, new DistributorCode(l.distributor), new Sku(l.sku), l.periodStart,
                    l.periodEnd, l.committed, top,
                    l.fenceWeeks), calledOff, n(h[2]), l.remaining(), protectedNow, l.yieldedInAll(), topQuantity,
                    expected, status));
        }
        return out;
    }

    @Override
    public void setFence(String ltaCode, int weeks) {
        if (weeks < 0 || weeks > 52) {
            throw new IllegalArgumentException("a fence is 0 to 52 weeks");
        }
        List<?> sku = em.createNativeQuery("select sku from commitments.lta where code = ?1").setParameter(1, ltaCode)
                .getResultList();
        if (sku.isEmpty()) {
            throw new NoSuchElementException("no LTA " + ltaCode);
        }
        pools.snapshot(List.of(new Sku((String) sku.get(0))), true);
        em.createNativeQuery("update commitments.lta set fence_weeks = ?1 where code = ?2").setParameter(1, weeks)
                .setParameter(2, ltaCode).executeUpdate();
    }

    @Override
    public AllocationCap setCap(DistributorCode code, Sku product, LocalDate start, LocalDate end, int max,
            String actor) {
        String distributor = code.value();
        String sku = product.value();
        if (end.isBefore(start) || max < 0) {
            throw new IllegalArgumentException("a cap needs a period and a maximum of 0 or more");
        }
        if (pools.recipes(List.of(product)).isEmpty()) {
            throw new IllegalArgumentException("unknown product " + sku);
        }
        if (!weights().containsKey(distributor)) {
            throw new IllegalArgumentException("unknown distributor " + distributor);
        }
        pools.snapshot(List.of(product), true);
        int used = ((Number) em.createNativeQuery("""
                select coalesce(sum(a.units), 0) from commitments.allocation a
                join commitments.commitment c on c.id = a.commitment_id
                where c.distributor = ?1 and c.sku = ?2 and a.lta_code is null and a.ship_date between ?3 and ?4
                and c.state in ('PROPOSED', 'CONFIRMED')""")
                .setParameter(1, distributor).setParameter(2, sku).setParameter(3, start).setParameter(4, end)
                .getSingleResult()).intValue();
        long id = ((Number) em.createNativeQuery("""
                insert into commitments.allocation_cap (distributor, sku, period_start, period_end, max_quantity, used,
                set_by, set_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) returning id""")
                .setParameter(1, distributor).setParameter(2, sku).setParameter(3, start).setParameter(4, end)
                .setParameter(5, max).setParameter(6, used).setParameter(7, actor)
                .setParameter(8, Timestamp.from(Instant.now(clock))).getSingleResult()).longValue();
        return new AllocationCap(id, new DistributorCode(distributor), new Sku(sku), start, end, max, used);
    }

    @Override
    public void removeCap(long capId) {
        em.createNativeQuery("delete from commitments.allocation_cap where id = ?1").setParameter(1, capId)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AllocationCap> caps() {
        return capLedgers().stream().map(c -> new AllocationCap(c.id, new DistributorCode(c.distributor),
                new Sku(c.sku), c.start, c.end, c.max, c.used)).toList();
    }

    @Override
    public void saveProfile(DistributorCode code, String tier, int weight) {
        String distributor = code.value();
        em.createNativeQuery("""
                insert into commitments.allocation_profile (distributor, tier, weight) values (?1, ?2, ?3)
                on conflict (distributor) do update set tier = excluded.tier, weight = excluded.weight""")
                .setParameter(1, distributor).setParameter(2, tier).setParameter(3, weight).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<String, Integer> weights() {
        Map<String, Integer> out = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select distributor, weight from commitments.allocation_profile")
                .getResultList();
        rows.forEach(r -> out.put((String) r[0], n(r[1])));
        return out;
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }
}
