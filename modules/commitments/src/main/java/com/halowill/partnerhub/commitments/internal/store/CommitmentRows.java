package com.halowill.partnerhub.commitments.internal.store;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.HistoryEntry;
import com.halowill.partnerhub.commitments.ProposalFilter;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.platform.RowArrays;
import com.halowill.partnerhub.platform.WriteBehind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * The commitment rows in the {@code commitments} schema, written and read in batches over the
 * transaction's own connection: commitments, their allocations, and the history of every change.
 */
@ApplicationScoped
public class CommitmentRows {

    private static final String SELECT = """
            select c.id, c.demand_ref, c.distributor, c.sku, c.quantity, c.accepted_quantity, c.requested_date,
                   c.ship_to, c.preferred_warehouse, c.state, c.explanation, c.details, c.received_at, c.proposed_at,
                   c.confirmed_at, c.confirmed_by, c.updated_at,
                   a.id, a.source, a.warehouse, a.week_start, a.line, a.chips, a.units, a.lta_code, a.ship_date,
                   a.delivery_date, a.shipped
            from commitments.commitment c left join commitments.allocation a on a.commitment_id = c.id
            """;

    private final EntityManager em;
    private final WriteBehind writes;

    public CommitmentRows(EntityManager em, WriteBehind writes) {
        this.em = em;
        this.writes = writes;
    }

    private <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }

    // ---- reads ----------------------------------------------------------------------------------

    public Map<UUID, Booked> byIds(Collection<UUID> ids, boolean forUpdate) {
        return read(SELECT + " where c.id = any(?) order by c.id, a.ship_date, a.id"
                + (forUpdate ? " for update of c" : ""), "uuid", ids.toArray(UUID[]::new));
    }

    public Map<UUID, Booked> byDemands(Collection<String> refs) {
        return read(SELECT + " where c.demand_ref = any(?) order by c.received_at, c.id, a.ship_date, a.id",
                "varchar", refs.toArray(String[]::new));
    }

    /**
     * The open commitments of these products, first come first, without their explanations (a run that
     * re-plans them writes new ones).
     */
    public Map<UUID, Booked> open(Collection<String> skus) {
        return read(SELECT.replace("c.explanation, c.details", "'', ''")
                + " where c.sku = any(?) and c.state in ('PROPOSED', 'CONFIRMED')"
                + " order by c.received_at, c.id, a.ship_date, a.id", "varchar", skus.toArray(String[]::new));
    }

    /**
     * Open commitments of a product with units not drawn on an LTA and not shipped, the latest requested first (then
     * the latest received), at most {@code limit}: the lines an LTA call-off may take units back from.
     */
    public List<Booked> latestWithoutLta(String sku, int limit) {
        return List.copyOf(read(SELECT.replace("c.explanation, c.details", "'', ''") + """
                 where c.id in (select o.id from commitments.commitment o where o.sku = any(?)
                     and o.state in ('PROPOSED', 'CONFIRMED') and exists (select 1 from commitments.allocation x
                         where x.commitment_id = o.id and x.lta_code is null and x.units > x.shipped)
                     order by o.requested_date desc, o.received_at desc limit %d)
                 order by c.requested_date desc, c.received_at desc, c.id, a.ship_date, a.id""".formatted(limit),
                "varchar", new String[] {sku}).values());
    }

    /**
     * Open commitments of other products than {@code sku} with units not drawn on an LTA and still to be built on one
     * of {@code lines}, the latest requested first (then the latest received), at most {@code limit}: the lines an LTA
     * call-off may take chips or line capacity back from when lines of its own product have none left to give.
     */
    public List<Booked> latestWithoutLtaBuiltOn(Collection<String> lines, String sku, int limit) {
        return List.copyOf(read(SELECT.replace("c.explanation, c.details", "'', ''") + """
                 where c.id in (select o.id from commitments.commitment o where o.sku <> all(?)
                     and o.state in ('PROPOSED', 'CONFIRMED') and exists (select 1 from commitments.allocation x
                         where x.commitment_id = o.id and x.lta_code is null and x.units > x.shipped
                         and x.source = 'BUILD' and x.line = any(?))
                     order by o.requested_date desc, o.received_at desc limit %d)
                 order by c.requested_date desc, c.received_at desc, c.id, a.ship_date, a.id""".formatted(limit),
                "varchar", new String[] {sku}, lines.toArray(String[]::new)).values());
    }

    public List<UUID> proposals(ProposalFilter f, int limit) {
        return work(c -> {
            StringBuilder sql = new StringBuilder("select id from commitments.commitment where state = 'PROPOSED'");
            List<Object> args = new ArrayList<>();
            if (f.distributor() != null) {
                sql.append(" and distributor = ?");
                args.add(f.distributor().value());
            }
            if (f.sku() != null) {
                sql.append(" and sku = ?");
                args.add(f.sku().value());
            }
            if (f.afterReceivedAt() != null) {
                sql.append(" and (received_at, id) > (?, ?)");
                args.add(Timestamp.from(f.afterReceivedAt()));
                args.add(f.afterId());
            }
            sql.append(" order by received_at, id limit ?");
            args.add(limit);
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                List<UUID> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
                return ids;
            }
        });
    }

    /** Commitments with their allocations; each of {@code keys} is bound, in order, as an array of {@code type}. */
    private Map<UUID, Booked> read(String sql, String type, Object[]... keys) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < keys.length; i++) {
                    ps.setArray(i + 1, c.createArrayOf(type, keys[i]));
                }
                Map<UUID, Booked> out = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        Booked b = out.computeIfAbsent(id, k -> header(rs));
                        long allocation = rs.getLong(18);
                        if (!rs.wasNull()) {
                            b.allocations.add(new Booked.Held(allocation, allocation(rs), rs.getInt(28)));
                        }
                    }
                }
                return out;
            }
        });
    }

    private static Booked header(ResultSet rs) {
        try {
            Booked b = new Booked();
            b.id = rs.getObject(1, UUID.class);
            b.demandRef = rs.getString(2);
            b.distributor = rs.getString(3);
            b.sku = rs.getString(4);
            b.quantity = rs.getInt(5);
            b.accepted = rs.getInt(6);
            b.requested = rs.getObject(7, LocalDate.class);
            b.shipTo = rs.getString(8);
            b.preferredWarehouse = rs.getString(9);
            b.state = CommitmentState.valueOf(rs.getString(10));
            List<String> explanation = new ArrayList<>(List.of(rs.getString(11)));
            String details = rs.getString(12);
            if (!details.isEmpty()) {
                explanation.addAll(Arrays.asList(details.split("\n")));
            }
            b.explanation = explanation;
            b.receivedAt = instant(rs.getTimestamp(13));
            b.proposedAt = instant(rs.getTimestamp(14));
            b.confirmedAt = instant(rs.getTimestamp(15));
            b.confirmedBy = rs.getString(16);
            b.updatedAt = instant(rs.getTimestamp(17));
            return b;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Allocation allocation(ResultSet rs) throws SQLException {
        Map<String, Integer> chips = new TreeMap<>();
        String text = rs.getString(23);
        if (!text.isEmpty()) {
            for (String part : text.split(";")) {
                String[] cq = part.split(":");
                chips.put(cq[0], Integer.parseInt(cq[1]));
            }
        }
        return new Allocation(Allocation.Source.valueOf(rs.getString(19)), rs.getString(20),
                rs.getObject(21, LocalDate.class), rs.getString(22), chips, rs.getInt(24), rs.getString(25),
                rs.getObject(26, LocalDate.class), rs.getObject(27, LocalDate.class));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    // ---- writes ---------------------------------------------------------------------------------

    /**
     * Writes new commitments, their allocations and one history entry each in a single statement (intake holds the
     * pool locks while it writes, and sends it with its other writes in one round trip: {@link WriteBehind}).
     */
    public void insertWithHistory(List<Booked> list, String actor, String action, ReasonCode reason, Instant at) {
        if (list.isEmpty()) {
            return;
        }
        List<Object[]> held = allocationRows(list, h -> true);
        List<Date> ships = list.stream().map(b -> date(lastShip(b))).toList();
        writes.write("""
                with c as (
                    insert into commitments.commitment (id, demand_ref, distributor, sku, quantity,
                        accepted_quantity, requested_date, ship_to, preferred_warehouse, ship_date, state,
                        explanation, details, received_at, proposed_at, updated_at, backordered)
                    select * from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int4[],
                        ?::int4[], ?::date[], ?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?::text[],
                        ?::text[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[], ?::int4[])),
                a as (""" + INSERT_ALLOCATIONS + ")\n" + INSERT_HISTORY, (c, ps, index) -> {
                int i = RowArrays.bind(c, ps, index, "uuid", list, b -> b.id);
                i = RowArrays.bind(c, ps, i, "varchar", list, b -> b.demandRef);
                i = RowArrays.bind(c, ps, i, "varchar", list, b -> b.distributor);
                i = RowArrays.bind(c, ps, i, "varchar", list, b -> b.sku);
                i = RowArrays.bind(c, ps, i, "int4", list, b -> b.quantity);
                i = RowArrays.bind(c, ps, i, "int4", list, b -> b.accepted);
                i = RowArrays.bind(c, ps, i, "date", list, b -> Date.valueOf(b.requested));
                i = RowArrays.bind(c, ps, i, "varchar", list, b -> b.shipTo);
                i = RowArrays.bind(c, ps, i, "varchar", list, b -> b.preferredWarehouse);
                i = RowArrays.bind(c, ps, i, "date", ships, d -> d);
                i = RowArrays.bind(c, ps, i, "varchar", list, b -> b.state.name());
                i = RowArrays.bind(c, ps, i, "text", list, CommitmentRows::summary);
                i = RowArrays.bind(c, ps, i, "text", list, CommitmentRows::details);
                i = RowArrays.bind(c, ps, i, "timestamptz", list, b -> Timestamp.from(b.receivedAt));
                i = RowArrays.bind(c, ps, i, "timestamptz", list, b -> Timestamp.from(b.proposedAt));
                i = RowArrays.bind(c, ps, i, "timestamptz", list, b -> Timestamp.from(b.updatedAt));
                i = RowArrays.bind(c, ps, i, "int4", list, CommitmentRows::backordered);
                i = bindAllocations(c, ps, i, held);
                return bindHistory(c, ps, i, list, actor, action, reason, "", at);
            });
    }

    /** Writes what the customer now asks of a commitment (quantity, accepted, requested date),
            before {@link #update}. */
    public void updateRequest(Booked b) {
        em.createNativeQuery("update commitments.commitment set quantity = ?1, accepted_quantity = ?2,"
                + " requested_date = ?3 where id = ?4").setParameter(1, b.quantity).setParameter(2, b.accepted)
                .setParameter(3, b.requested).setParameter(4, b.id).executeUpdate();
    }

    /** Writes a changed commitment: its header, and its allocations anew (kept ids stay, shipped ones stay). */
    public void update(Booked b) {
        updateAll(List.of(b));
    }

    /**
     * Writes many changed commitments in a handful of statements (a re-commit may move thousands). Kept
     * allocations change only by shipping (units and shipped), so only those with shipped units are rewritten.
     */
    public void updateAll(List<Booked> list) {
        if (list.isEmpty()) {
            return;
        }
        work(c -> {
            int n = list.size();
            UUID[] ids = new UUID[n];
            Integer[] accepted = new Integer[n];
            Date[] ship = new Date[n];
            String[] state = new String[n];
            String[] summary = new String[n];
            String[] details = new String[n];
            Timestamp[] confirmedAt = new Timestamp[n];
            String[] confirmedBy = new String[n];
            Timestamp[] updatedAt = new Timestamp[n];
            Timestamp[] proposedAt = new Timestamp[n];
            Integer[] backordered = new Integer[n];
            for (int i = 0; i < n; i++) {
                Booked b = list.get(i);
                ids[i] = b.id;
                accepted[i] = b.accepted;
                ship[i] = date(lastShip(b));
                state[i] = b.state.name();
                summary[i] = summary(b);
                details[i] = details(b);
                confirmedAt[i] = b.confirmedAt == null ? null : Timestamp.from(b.confirmedAt);
                confirmedBy[i] = b.confirmedBy;
                updatedAt[i] = Timestamp.from(b.updatedAt);
                proposedAt[i] = Timestamp.from(b.proposedAt);
                backordered[i] = backordered(b);
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    update commitments.commitment c set accepted_quantity = u.accepted, ship_date = u.ship,
                    state = u.state, explanation = u.summary, details = u.details, confirmed_at = u.confirmed_at,
                    confirmed_by = u.confirmed_by, updated_at = u.updated_at, proposed_at = u.proposed_at,
                    backordered = u.backordered
                    from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) as u(id, accepted, ship, state, summary, details,
                    confirmed_at, confirmed_by, updated_at, proposed_at, backordered) where c.id = u.id""")) {
                ps.setArray(1, c.createArrayOf("uuid", ids));
                ps.setArray(2, c.createArrayOf("int4", accepted));
                ps.setArray(3, c.createArrayOf("date", ship));
                ps.setArray(4, c.createArrayOf("varchar", state));
                ps.setArray(5, c.createArrayOf("text", summary));
                ps.setArray(6, c.createArrayOf("text", details));
                ps.setArray(7, c.createArrayOf("timestamptz", confirmedAt));
                ps.setArray(8, c.createArrayOf("varchar", confirmedBy));
                ps.setArray(9, c.createArrayOf("timestamptz", updatedAt));
                ps.setArray(10, c.createArrayOf("timestamptz", proposedAt));
                ps.setArray(11, c.createArrayOf("int4", backordered));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "delete from commitments.allocation where commitment_id = any(?) and id not in (select unnest(?))")) {
                ps.setArray(1, c.createArrayOf("uuid", ids));
                ps.setArray(2, c.createArrayOf("int8", list.stream().flatMap(b -> b.allocations.stream())
                        .filter(h -> h.id() > 0).map(Booked.Held::id).toArray(Long[]::new)));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update commitments.allocation set units = ?, shipped = ? where id = ? and (units, shipped) <> (?, ?)")) {
                boolean any = false;
                for (Booked b : list) {
                    for (Booked.Held h : b.allocations) {
                        if (h.id() > 0 && h.shipped() > 0) {
                            ps.setInt(1, h.allocation().units());
                            ps.setInt(2, h.shipped());
                            ps.setLong(3, h.id());
                            ps.setInt(4, h.allocation().units());
                            ps.setInt(5, h.shipped());
                            ps.addBatch();
                            any = true;
                        }
                    }
                }
                if (any) {
                    ps.executeBatch();
                }
            }
            insertAllocations(c, list);
            return null;
        });
    }

    private static final String INSERT_ALLOCATIONS = """
            insert into commitments.allocation (commitment_id, source, warehouse, week_start, line, chips, units,
                lta_code, ship_date, delivery_date, shipped)
            select * from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?::varchar[],
                ?::int4[], ?::varchar[], ?::date[], ?::date[], ?::int4[])""";

    private static final String[] ALLOCATION_TYPES = {"uuid", "varchar", "varchar", "date", "varchar", "varchar",
        "int4", "varchar", "date", "date", "int4"};

    private static final String INSERT_HISTORY = """
            insert into commitments.commitment_history (commitment_id, demand_ref, at, actor, action, ship_date,
                quantity, reason_code, note, schedule)
            select h.id, h.ref, ?, ?, ?, h.ship, h.quantity, ?, ?, h.schedule
            from unnest(?::uuid[], ?::varchar[], ?::date[], ?::int4[], ?::varchar[])
                as h(id, ref, ship, quantity, schedule)""";

    /** The allocation rows of these commitments that {@code which} keeps, one array of columns each. */
    private static List<Object[]> allocationRows(List<Booked> commitments, Predicate<Booked.Held> which) {
        List<Object[]> rows = new ArrayList<>();
        for (Booked b : commitments) {
            for (Booked.Held h : b.allocations) {
                if (which.test(h)) {
                    Allocation a = h.allocation();
                    rows.add(new Object[] {b.id, a.source().name(), a.warehouse(), date(a.week()), a.line(),
                        chips(a.chipsPerUnit()), a.units(), a.ltaCode(), date(a.shipDate()), date(a.deliveryDate()),
                        h.shipped()});
                }
            }
        }
        return rows;
    }

    /** Binds allocation rows for {@link #INSERT_ALLOCATIONS} and answers the next index. */
    private static int bindAllocations(Connection c, PreparedStatement ps, int index, List<Object[]> rows)
            throws SQLException {
        int i = index;
        for (int k = 0; k < ALLOCATION_TYPES.length; k++) {
            int col = k;
            i = RowArrays.bind(c, ps, i, ALLOCATION_TYPES[k], rows, r -> r[col]);
        }
        return i;
    }

    /** Binds one history entry per commitment for {@link #INSERT_HISTORY} and answers the next index. */
    private static int bindHistory(Connection c, PreparedStatement ps, int index, List<Booked> commitments,
            String actor, String action, ReasonCode reason, String note, Instant at) throws SQLException {
        ps.setTimestamp(index, Timestamp.from(at));
        ps.setString(index + 1, actor);
        ps.setString(index + 2, action);
        ps.setString(index + 3, reason.name());
        ps.setString(index + 4, note);
        int i = RowArrays.bind(c, ps, index + 5, "uuid", commitments, b -> b.id);
        i = RowArrays.bind(c, ps, i, "varchar", commitments, b -> b.demandRef);
        i = RowArrays.bind(c, ps, i, "date", commitments, b -> date(lastShip(b)));
        i = RowArrays.bind(c, ps, i, "int4", commitments, b -> b.accepted);
        return RowArrays.bind(c, ps, i, "varchar", commitments, b -> ScheduleText.of(b.schedule()));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static void insertAllocations(Connection c, List<Booked> commitments) throws SQLException {
        List<Object[]> rows = allocationRows(commitments, h -> h.id() <= 0);
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_ALLOCATIONS)) {
            bindAllocations(c, ps, 1, rows);
            ps.executeUpdate();
        }
    }

    /** Records one change per commitment, with the schedule it now gives. */
    public void history(List<Booked> commitments, String actor, String action, ReasonCode reason, String note,
            Instant at) {
        if (commitments.isEmpty()) {
            return;
        }
        String text = note == null ? "" : note.length() > 500 ? note.substring(0, 500) : note;
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT_HISTORY)) {
                bindHistory(c, ps, 1, commitments, actor, action, reason, text, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public List<HistoryEntry> history(Collection<String> refs) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select h.commitment_id, h.demand_ref, h.at, h.actor, h.action, h.reason_code, h.note, h.schedule
                    from commitments.commitment c join commitments.commitment_history h on h.commitment_id = c.id
                    where c.demand_ref = any(?) order by h.at, h.id""")) {
                ps.setArray(1, c.createArrayOf("varchar", refs.toArray()));
                List<HistoryEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new HistoryEntry(rs.getObject(1, UUID.class), new DemandRef(rs.getString(2)),
                                rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                                ReasonCode.valueOf(rs.getString(6)), rs.getString(7),
                                ScheduleText.parse(rs.getString(8))));
                    }
                }
                return out;
            }
        });
    }

    private static LocalDate lastShip(Booked b) {
        return b.schedule().stream().map(ScheduleLine::shipDate).filter(d -> d != null)
                .max(LocalDate::compareTo).orElse(null);
    }

    private static int backordered(Booked b) {
        return b.open() ? Math.max(0, b.backordered()) : 0;
    }

    private static String summary(Booked b) {
        return b.explanation.isEmpty() ? "" : b.explanation.get(0);
    }

    private static String details(Booked b) {
        return b.explanation.size() <= 1 ? "" : String.join("\n", b.explanation.subList(1, b.explanation.size()));
    }

    private static String chips(Map<String, Integer> chips) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(chips).forEach((k, v) -> parts.add(k + ":" + v));
        return String.join(";", parts);
    }
}
