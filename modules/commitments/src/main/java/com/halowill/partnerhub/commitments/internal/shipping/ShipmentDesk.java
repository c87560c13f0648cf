package com.halowill.partnerhub.commitments.internal.shipping;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.Shipment;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRecorded;
import com.halowill.partnerhub.commitments.ShipmentRefused;
import com.halowill.partnerhub.commitments.ShipmentRequest;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.commitments.ShippedUnit;
import com.halowill.partnerhub.commitments.internal.allocation.Allocation;
import com.halowill.partnerhub.commitments.internal.allocation.Weeks;
import com.halowill.partnerhub.commitments.internal.store.Booked;
import com.halowill.partnerhub.commitments.internal.store.CommitmentChange;
import com.halowill.partnerhub.commitments.internal.store.CommitmentRows;
import com.halowill.partnerhub.commitments.internal.store.UnitOfWork;
import com.halowill.partnerhub.platform.RetriedOnConflict;
import com.halowill.partnerhub.platform.RowIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Records shipments: issues the units from the commitments' allocations (oldest date first), all or nothing. */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class ShipmentDesk implements Shipments {

    private final EntityManager em;
    private final CommitmentRows commitmentRows;
    private final UnitOfWork work;
    private final Event<ShipmentRecorded> recorded;
    private final Clock clock;

    public ShipmentDesk(EntityManager em, CommitmentRows commitmentRows, UnitOfWork work,
            Event<ShipmentRecorded> recorded, Clock clock) {
        this.recorded = recorded;
        this.em = em;
        this.commitmentRows = commitmentRows;
        this.work = work;
        this.clock = clock;
    }

    @Override
    public Shipment record(ShipmentRequest r, String actor) {
        check(r);
        List<String> refs = DemandRef.values(r.lines().stream().map(ShipmentLine::demandRef).toList());
        Map<String, Booked> byRef = new LinkedHashMap<>();
        commitmentRows.byDemands(refs).values().forEach(b -> byRef.put(b.demandRef, b));
        for (String ref : refs) {
            Booked b = byRef.get(ref);
            if (b == null || !b.distributor.equals(r.distributor().value())) {
                throw new ShipmentRefused("No line " + ref + " of " + r.distributor() + " to ship.");
            }
        }
        Map<UUID, Booked> locked = work.lockPoolsThen(byRef.values());
        LocalDate today = LocalDate.now(clock);
        Instant now = work.now();
        UUID id = RowIds.next();
        // The shipment's row goes first: a second request with the same key waits here for the first to commit,
        // then finds its shipment and records nothing.
        int claimed = em.createNativeQuery("""
                insert into commitments.shipment (id, distributor, reference, warehouse, ship_date, recorded_at,
                recorded_by, carrier, tracking, request_key)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as varchar))
                on conflict (request_key) do nothing""")
                .setParameter(1, id).setParameter(2, r.distributor().value()).setParameter(3, r.reference())
                .setParameter(4, r.warehouse()).setParameter(5, today).setParameter(6, Timestamp.from(now))
                .setParameter(7, actor).setParameter(8, text(r.carrier())).setParameter(9, text(r.tracking()))
                .setParameter(10, r.key()).executeUpdate();
        if (claimed == 0) {
            Shipment first = read("s.request_key = ?1", r.key()).get(0);
            if (!first.reference().equals(r.reference()) || !first.distributor().equals(r.distributor())) {
                throw new ShipmentRefused("This form was already used to record a shipment of another order.");
            }
            return first;
        }
        CommitmentChange change = new CommitmentChange(actor, "SHIPPED", ReasonCode.SHIPPED,
                (text(r.carrier()) + " " + text(r.tracking())).trim()).at(now);
        for (ShipmentLine line : r.lines()) {
            Booked b = locked.get(byRef.get(line.demandRef().value()).id);
            if (b.state != CommitmentState.CONFIRMED) {
                throw new ShipmentRefused("Line " + line.demandRef() + " is " + b.state.name().toLowerCase()
                        + "; only confirmed commitments ship.");
            }
            change.add(b, b.ship(ready(b, line.quantity(), r.warehouse(), today), line.quantity(),
                    change.ltaShipped));
        }
        List<String> serials = r.lines().stream().flatMap(l -> l.serials().stream()).toList();
        if (!serials.isEmpty()) {
            List<?> taken = em.createNativeQuery("select serial from commitments.shipment_serial"
                    + " where serial = any(cast(?1 as varchar[])) order by serial")
                    .setParameter(1, serials.toArray(String[]::new)).getResultList();
            if (!taken.isEmpty()) {
                throw new ShipmentRefused("Serial number " + taken.get(0) + " has already shipped.");
            }
        }
        for (ShipmentLine l : r.lines()) {
            em.createNativeQuery("""
                    insert into commitments.shipment_line (shipment_id, demand_ref, quantity) values (?1, ?2, ?3)""")
                    .setParameter(1, id).setParameter(2, l.demandRef().value())
                    .setParameter(3, l.quantity()).executeUpdate();
            if (!l.serials().isEmpty()) {
                em.createNativeQuery("insert into commitments.shipment_serial (serial, shipment_id, demand_ref,"
                        + " distributor) select serial, ?2, ?3, ?4 from unnest(cast(?1 as varchar[])) as serial")
                        .setParameter(1, l.serials().toArray(String[]::new)).setParameter(2, id)
                        .setParameter(3, l.demandRef().value())
                        .setParameter(4, r.distributor().value()).executeUpdate();
            }
        }
        work.apply(change);
        Shipment shipment = new Shipment(id, r.distributor(), r.reference(), today, now, actor, text(r.carrier()),
                text(r.tracking()), r.lines());
        recorded.fire(new ShipmentRecorded(shipment));
        return shipment;
    }

    /** The allocations whose supply is there, in ship-date order, stock first; refused when they hold too few. */
    private static List<Booked.Held> ready(Booked b, int quantity, String warehouse, LocalDate today) {
        List<Booked.Held> ready = b.allocations.stream().filter(h -> h.open() > 0)
                .filter(h -> warehouse == null || warehouse.equals(h.allocation().warehouse()))
                .filter(h -> h.allocation().source() == Allocation.Source.STOCK
                        || !Weeks.ready(h.allocation().week()).isAfter(today))
                .sorted(Comparator.comparing((Booked.Held h) -> h.allocation().shipDate())
                        .thenComparing(h -> h.allocation().source()))
                .toList();
        int available = ready.stream().mapToInt(Booked.Held::open).sum();
        if (available < quantity) {
            throw new ShipmentRefused("Only " + available + " of " + quantity + " x " + b.sku + " can ship now"
                    + (warehouse == null ? "" : " from " + warehouse) + ": the rest is not built or not confirmed yet.");
        }
        return ready;
    }

    private static void check(ShipmentRequest r) {
        if (r.lines().isEmpty()) {
            throw new ShipmentRefused("A shipment needs at least one line.");
        }
        if (r.lines().stream().anyMatch(l -> l.quantity() < 1)) {
            throw new ShipmentRefused("Every shipped quantity must be at least 1.");
        }
        if (new HashSet<>(r.lines().stream().map(ShipmentLine::demandRef).toList()).size() != r.lines().size()) {
            throw new ShipmentRefused("Each line may appear once in a shipment.");
        }
        if (text(r.carrier()).length() > 64 || text(r.tracking()).length() > 100) {
            throw new ShipmentRefused("Carrier (64) or tracking number (100 characters) is too long.");
        }
        Set<String> serials = new HashSet<>();
        for (ShipmentLine l : r.lines()) {
            if (!l.serials().isEmpty() && l.serials().size() != l.quantity()) {
                throw new ShipmentRefused(l.quantity() + " units ship on line " + l.demandRef() + " but "
                        + l.serials().size() + " serial numbers were scanned: one for each unit, or none.");
            }
            for (String serial : l.serials()) {
                if (!SERIAL.matcher(serial).matches()) {
                    throw new ShipmentRefused("'" + (serial.length() > 40 ? serial.substring(0, 40) + "..." : serial)
                            + "' is not a serial number: 4 to 40 letters, digits and dashes.");
                }
                if (!serials.add(serial)) {
                    throw new ShipmentRefused("Serial number " + serial + " was scanned twice.");
                }
            }
        }
    }

    /** A serial number as kept: upper-case letters, digits and dashes, 4 to 40 characters. */
    private static final Pattern SERIAL = Pattern.compile("[A-Z0-9][A-Z0-9-]{3,39}");

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Shipment> forReference(String reference) {
        return read("s.reference = ?1", reference);
    }

    @SuppressWarnings("unchecked")
    private List<Shipment> read(String where, String value) {
        List<Object[]> rows = em.createNativeQuery("""
                select s.id, s.distributor, s.reference, s.ship_date, s.recorded_at, s.recorded_by, s.carrier,
                       s.tracking, l.demand_ref, l.quantity,
                       (select string_agg(x.serial, ',' order by x.serial) from commitments.shipment_serial x
                        where x.shipment_id = s.id and x.demand_ref = l.demand_ref)
                from commitments.shipment s join commitments.shipment_line l on l.shipment_id = s.id
                where\s""" + where + " order by s.recorded_at, s.id, l.demand_ref").setParameter(1, value)
                .getResultList();
        Map<UUID, List<Object[]>> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(row));
        List<Shipment> out = new ArrayList<>();
        byId.forEach((id, lines) -> {
            Object[] h = lines.get(0);
            out.add(new Shipment(id, new DistributorCode((String) h[1]), (String) h[2], (LocalDate) h[3],
                    (Instant) h[4], (String) h[5],
                    (String) h[6], (String) h[7], lines.stream().map(l -> new ShipmentLine(new DemandRef((String) l[8]),
                            ((Number) l[9]).intValue(), l[10] == null ? List.of()
                                    : List.of(((String) l[10]).split(",")))).toList()));
        });
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Optional<ShippedUnit> unit(String serial) {
        List<Object[]> rows = em.createNativeQuery("""
                select x.serial, x.distributor, s.reference, x.demand_ref, s.id, s.ship_date, s.carrier, s.tracking
                from commitments.shipment_serial x join commitments.shipment s on s.id = x.shipment_id
                where x.serial = ?1""").setParameter(1, serial == null ? "" : serial.strip().toUpperCase(Locale.ROOT))
                .getResultList();
        return rows.stream().findFirst().map(r -> new ShippedUnit((String) r[0], new DistributorCode((String) r[1]),
                (String) r[2],
                new DemandRef((String) r[3]), (UUID) r[4], (LocalDate) r[5], (String) r[6], (String) r[7]));
    }
}
