package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandChanges;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.orders.ChangeRequest;
import com.halowill.partnerhub.orders.ChangeRequestAnswered;
import com.halowill.partnerhub.orders.ChangeRequestState;
import com.halowill.partnerhub.orders.ChangeRequests;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.IdempotencyKeyReused;
import com.halowill.partnerhub.orders.LineChange;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.platform.RetriedOnConflict;
import com.halowill.partnerhub.platform.RowIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Carries out change requests: validates them, asks the engine line by line, records each outcome. */
@ApplicationScoped
@Transactional
@RetriedOnConflict
class ChangeRequestDesk implements ChangeRequests {

    private final EntityManager em;
    private final ChangeRequestStore store;
    private final Promises promises;
    private final DemandChanges engine;
    private final Catalog catalog;
    private final Clock clock;
    private final Event<ChangeRequestAnswered> answered;

    ChangeRequestDesk(EntityManager em, ChangeRequestStore store, Promises promises, DemandChanges engine,
            Catalog catalog, Clock clock,
            Event<ChangeRequestAnswered> answered) {
        this.answered = answered;
        this.em = em;
        this.store = store;
        this.promises = promises;
        this.engine = engine;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public Optional<ChangeRequest> submit(OrderId id, DistributorCode code, List<LineChange> changes,
            String note, String actor, String key) {
        UUID orderId = id.value();
        String distributor = code.value();
        engine.lockSupplyFor(store.lines(orderId).stream().map(ChangeRequestStore.LineRow::sku).distinct()
                .map(Sku::new).toList());
        Optional<ChangeRequestStore.OrderRow> order = store.lockOrder(orderId, distributor);
        if (order.isEmpty()) {
            return Optional.empty();
        }
        if (key != null) {
            Optional<ChangeRequest> first = store.byKey(distributor, key);
            if (first.isPresent()) {
                if (!first.get().orderId().value().equals(orderId) || !sameChanges(first.get(), changes, note)) {
                    throw new IdempotencyKeyReused(key);
                }
                return first;
            }
        }
        List<ChangeRequestStore.LineRow> lines = store.lines(orderId);
        Map<Integer, ChangeRequestStore.LineRow> byNumber = lines.stream()
                .collect(Collectors.toMap(ChangeRequestStore.LineRow::lineNumber, l -> l));
        validate(order.get(), changes, byNumber, note);
        Map<String, Commitment> commitments = promises.forDemands(lines.stream()
                .map(ChangeRequestStore.LineRow::demandRef).map(DemandRef::new).toList()).stream()
                .collect(Collectors.toMap(c -> c.demandRef().value(), c -> c));
        Instant now = now();
        List<ChangeRequest.Line> outcomes = new ArrayList<>();
        for (LineChange change : changes) {
            ChangeRequestStore.LineRow line = byNumber.get(change.lineNumber());
            outcomes.add(carryOut(line, commitments.get(line.demandRef()), change, true, actor, note));
        }
        boolean waiting = outcomes.stream().anyMatch(o -> o.outcome() == ChangeRequestState.PENDING_REVIEW);
        ChangeRequest request = new ChangeRequest(RowIds.next(), new OrderId(orderId), order.get().poNumber(),
                new DistributorCode(distributor),
                waiting ? ChangeRequestState.PENDING_REVIEW : ChangeRequestState.ACCEPTED, now, actor,
                note == null ? "" : note, waiting ? null : now, waiting ? null : "engine", "", outcomes);
        if (!store.insert(request, key)) {
            throw new IdempotencyKeyReused(key);
        }
        store.touchOrder(orderId);
        em.flush();
        em.clear();
        answered.fire(new ChangeRequestAnswered(request));
        return Optional.of(request);
    }

    /** Whether a request asks exactly these changes with this note (a retry of it). */
    private static boolean sameChanges(ChangeRequest first, List<LineChange> changes, String note) {
        if (changes == null || first.lines().size() != changes.size()
                || !first.note().equals(note == null ? "" : note)) {
            return false;
        }
        for (int i = 0; i < changes.size(); i++) {
            ChangeRequest.Line l = first.lines().get(i);
            LineChange c = changes.get(i);
            if (c == null || c.lineNumber() == null || l.lineNumber() != c.lineNumber()
                    || !Objects.equals(l.quantity(), c.quantity())
                    || !Objects.equals(l.requestedDate(), c.requestedDate()) || l.cancel() != c.cancels()) {
                return false;
            }
        }
        return true;
    }

    /** Applies one line's change (or, with {@code onlyIfKept}, only what the engine can keep as asked). */
    private ChangeRequest.Line carryOut(ChangeRequestStore.LineRow line, Commitment commitment, LineChange change,
            boolean onlyIfKept, String actor, String note) {
        int quantity = change.quantity() == null ? line.quantity() : change.quantity();
        LocalDate date = change.requestedDate() == null ? line.requestedDate() : change.requestedDate();
        if (change.cancels()) {
            if (commitment != null && commitment.open()) {
                promises.cancel(List.of(commitment.id()), actor, note);
            }
            return outcome(line, change, ChangeRequestState.ACCEPTED, "Cancelled; what had shipped stays shipped.");
        }
        // The line carries the new request first: the engine's CommitmentsChanged event, observed in this
        // transaction, derives the line's status from it. A change the engine does not make is undone.
        store.updateLine(line.id(), quantity, date);
        DemandChanges.DemandChange result = engine.change(commitment.id(), quantity, date, onlyIfKept, actor, note);
        if (!result.applied()) {
            store.updateLine(line.id(), line.quantity(), line.requestedDate());
            return outcome(line, change, ChangeRequestState.PENDING_REVIEW, "Waiting for HaloWill: the engine can"
                    + " offer " + offer(result.offered()) + " without moving other customers' commitments.");
        }
        return outcome(line, change, ChangeRequestState.ACCEPTED, "Re-promised: " + offer(result.commitment()
                .schedule()) + ".");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Integer, String> ifAccepted(ChangeRequest request) {
        Map<Integer, ChangeRequestStore.LineRow> lines = store.lines(request.orderId().value()).stream()
                .collect(Collectors.toMap(ChangeRequestStore.LineRow::lineNumber, r -> r, (first, later) -> first));
        Map<String, Commitment> commitments = promises.forDemands(lines.values().stream()
                .map(r -> new DemandRef(r.demandRef())).toList()).stream()
                .collect(Collectors.toMap(c -> c.demandRef().value(), c -> c));
        Map<Integer, String> out = new java.util.TreeMap<>();
        for (ChangeRequest.Line l : request.lines()) {
            ChangeRequestStore.LineRow r = lines.get(l.lineNumber());
            Commitment c = r == null ? null : commitments.get(r.demandRef());
            if (l.outcome() != ChangeRequestState.PENDING_REVIEW || l.cancel() || c == null) {
                continue;
            }
            engine.preview(c.id(), l.quantity() == null ? r.quantity() : l.quantity(),
                    l.requestedDate() == null ? r.requestedDate() : l.requestedDate())
                    .ifPresent(p -> out.put(l.lineNumber(), offer(p.schedule()) + (p.takenFromOthers() == 0 ? ""
                            : "; " + p.takenFromOthers() + " of them taken back from lines without an LTA, "
                                    + "which are told")));
        }
        return out;
    }

    @Override
    public ChangeRequest accept(UUID requestId, String planner, String note) {
        return decide(requestId, planner, note, true);
    }

    @Override
    public ChangeRequest reject(UUID requestId, String planner, String note) {
        return decide(requestId, planner, note, false);
    }

    private ChangeRequest decide(UUID requestId, String planner, String note, boolean accept) {
        ChangeRequest request = store.lock(requestId).orElseThrow(() -> new NoSuchElementException(
                "no change request " + requestId));
        if (request.state() != ChangeRequestState.PENDING_REVIEW) {
            return request;
        }
        engine.lockSupplyFor(store.lines(request.orderId().value()).stream()
                .map(ChangeRequestStore.LineRow::sku).distinct()
                .map(Sku::new).toList());
        store.lockOrder(request.orderId().value(), request.distributor().value());
        List<ChangeRequestStore.LineRow> lines = store.lines(request.orderId().value());
        Map<String, Commitment> commitments = promises.forDemands(lines.stream()
                .map(ChangeRequestStore.LineRow::demandRef).map(DemandRef::new).toList()).stream()
                .collect(Collectors.toMap(c -> c.demandRef().value(), c -> c));
        List<ChangeRequest.Line> decided = new ArrayList<>();
        for (ChangeRequest.Line l : request.lines()) {
            if (l.outcome() != ChangeRequestState.PENDING_REVIEW) {
                decided.add(l);
                continue;
            }
            ChangeRequestStore.LineRow line = lines.stream().filter(r -> r.lineNumber() == l.lineNumber())
                    .findFirst().orElseThrow();
            Commitment c = commitments.get(line.demandRef());
            LineChange change = new LineChange(l.lineNumber(), l.quantity(), l.requestedDate(), l.cancel());
            if (!accept) {
                decided.add(outcome(line, change, ChangeRequestState.REJECTED, "Rejected by HaloWill"
                        + (note == null || note.isBlank() ? "" : ": " + note) + "; the line keeps its commitment."));
            } else if (c == null || !c.open()) {
                decided.add(outcome(line, change, ChangeRequestState.REJECTED, "The line is closed; nothing changed."));
            } else {
                decided.add(carryOut(line, c, change, false, planner, note));
            }
        }
        ChangeRequest done = new ChangeRequest(request.id(), request.orderId(), request.poNumber(),
                request.distributor(), accept ? ChangeRequestState.ACCEPTED : ChangeRequestState.REJECTED,
                request.requestedAt(), request.requestedBy(), request.note(), now(), planner,
                note == null ? "" : note, decided);
        store.decide(done);
        store.touchOrder(request.orderId().value());
        em.flush();
        em.clear();
        answered.fire(new ChangeRequestAnswered(done));
        return done;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeRequest> forOrder(OrderId order, DistributorCode code) {
        UUID orderId = order.value();
        String distributor = code.value();
        return store.forOrder(orderId, distributor);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeRequest> pending(int limit) {
        return store.pending(limit);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChangeRequest> find(UUID requestId) {
        return store.find(requestId);
    }

    private void validate(ChangeRequestStore.OrderRow order, List<LineChange> changes,
            Map<Integer, ChangeRequestStore.LineRow> lines, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (order.closed()) {
            errors.add(new FieldError("orderId", "the order is " + order.status().toLowerCase()
                    + " and cannot be changed"));
        }
        if (note != null && note.length() > 1000) {
            errors.add(new FieldError("note", "must be at most 1000 characters"));
        }
        if (changes == null || changes.isEmpty()) {
            errors.add(new FieldError("lines", "at least one line change is required"));
        } else if (changes.size() > 500) {
            errors.add(new FieldError("lines", "at most 500 line changes per request"));
        } else {
            LocalDate today = LocalDate.now(clock);
            Map<String, Product> products = catalog.find(lines.values().stream()
                    .map(ChangeRequestStore.LineRow::sku).distinct().map(Sku::new).toList());
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            java.util.Set<Integer> waiting = store.linesWaitingForReview(order.id());
            for (int i = 0; i < changes.size(); i++) {
                ChangeRules.check(changes.get(i), "lines[" + i + "].", lines, products, seen, waiting, today, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new OrderRejected(errors);
        }
    }

    private static ChangeRequest.Line outcome(ChangeRequestStore.LineRow line, LineChange change,
            ChangeRequestState state, String answer) {
        return new ChangeRequest.Line(line.lineNumber(), new Sku(line.sku()), line.quantity(), line.requestedDate(),
                change.quantity(), change.requestedDate(), change.cancels(), state, answer);
    }

    /** The schedule in a sentence: up to three dated quantities, else the first and a total up to the last date. */
    static String offer(List<ScheduleLine> schedule) {
        List<ScheduleLine> dated = schedule.stream().filter(s -> s.shipDate() != null).toList();
        int backordered = schedule.stream().filter(s -> s.shipDate() == null).mapToInt(ScheduleLine::quantity).sum();
        List<String> parts = new java.util.ArrayList<>();
        if (dated.size() <= 3) {
            dated.forEach(s -> parts.add(s.quantity() + " to ship " + s.shipDate()));
        } else {
            ScheduleLine first = dated.get(0);
            parts.add(first.quantity() + " to ship " + first.shipDate());
            parts.add(dated.stream().skip(1).mapToInt(ScheduleLine::quantity).sum() + " more in " + (dated.size() - 1)
                    + " shipments until " + dated.get(dated.size() - 1).shipDate());
        }
        if (backordered > 0) {
            parts.add(backordered + " backordered");
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
