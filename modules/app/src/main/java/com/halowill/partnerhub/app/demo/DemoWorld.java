package com.halowill.partnerhub.app.demo;

import com.halowill.partnerhub.app.MovableClock;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ReCommits;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderPage;
import com.halowill.partnerhub.orders.OrderQuery;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.OrderStatus;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.portal.console.DemoControls;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo world (run command only): the seed scenario played by {@link ScenarioDesk} up to the day before its
 * disruption is announced (POs taken in, confirmed and shipped, LTAs drawn down), the business clock running from
 * that day's morning, and the console's controls to play the day and move on, and to import the scenario's next
 * supply change (the seed's disruption, then the short-notice cuts), playing the days up to its announcement.
 */
@ApplicationScoped
public class DemoWorld implements DemoControls {

    private static final String OPS = "demo-ops";
    /** The seed's plan and disruption, then two cuts at short notice (the replay's short-notice scenario). */
    private static final String EVENTS = "demo_supply_events.csv";
    private static final Set<OrderStatus> DONE = EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CLOSED,
            OrderStatus.CANCELLED);

    private final Optional<LocalDate> until;
    private final ScenarioDesk desk;
    private final Orders orders;
    private final Promises promises;
    private final ReCommits reCommits;
    private final MovableClock clock;
    private final EntityManager em;
    private Map<LocalDate, List<List<DemandLine>>> posByDay = Map.of();
    private List<SupplyEvent> events = List.of();
    private int imported;
    private volatile DemoState state;

    DemoWorld(@ConfigProperty(name = "partnerhub.demo-world.until") Optional<LocalDate> until, ScenarioDesk desk,
            Orders orders, Promises promises, ReCommits reCommits, MovableClock clock, EntityManager em) {
        this.until = until;
        this.desk = desk;
        this.orders = orders;
        this.promises = promises;
        this.reCommits = reCommits;
        this.clock = clock;
        this.em = em;
    }

    /** After the demo data is loaded: plays the world once, or carries on from the business day it reached. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (until.isEmpty()) {
            return;
        }
        read();
        Optional<Object[]> saved = QuarkusTransaction.requiringNew().call(() -> ((List<?>) em.createNativeQuery(
                "select cast(business_day as text), events_imported from demo.world where id = 1")
                .getResultList()).stream().map(Object[].class::cast).findFirst());
        LocalDate day;
        if (saved.isPresent()) {
            day = LocalDate.parse((String) saved.get()[0]);
            imported = ((Number) saved.get()[1]).intValue();
            Log.infof("Demo world: carrying on from business day %s", day);
        } else if (!orders.list(new OrderQuery(null, null, null, null, 1, null)).items().isEmpty()) {
            Log.info("Demo world: the database already holds orders of its own; the scenario is not played");
            return;
        } else {
            day = until.get();
            long began = System.nanoTime();
            playUpTo(day);
            Log.infof("Demo world: the scenario played up to %s in %.1f s", day, (System.nanoTime() - began) / 1e9);
        }
        morningOf(day);
    }

    @Override
    public Optional<DemoState> state() {
        return Optional.ofNullable(state);
    }

    @Override
    public synchronized String advanceDay(LocalDate from, String actor) {
        if (state == null || !from.equals(state.businessDay())) {
            return state == null ? "No demo world runs here." : "The business day is already "
                    + state.businessDay() + ": nothing moved.";
        }
        DayPlayed played = playDay(from, actor);
        morningOf(from.plusDays(1));
        return "Played " + from + ": " + played + ". Business day " + from.plusDays(1) + " begins.";
    }

    @Override
    public synchronized String importNextChange(LocalDate announcedOn, String actor) {
        if (state == null) {
            return "No demo world runs here.";
        }
        if (imported >= events.size() || !events.get(imported).announcedOn().equals(announcedOn)) {
            return "The supply change announced " + announcedOn + " is imported already.";
        }
        String days = "";
        if (announcedOn.isAfter(state.businessDay())) {
            int n = 0;
            for (LocalDate day = state.businessDay(); day.isBefore(announcedOn); day = day.plusDays(1)) {
                playDay(day, actor);
                n++;
            }
            morningOf(announcedOn);
            days = "Played " + n + " day" + (n == 1 ? "" : "s") + " to the morning of " + announcedOn + ". ";
        }
        List<SupplyEvent> change = nextChange();
        String what = desk.importChanges(change, actor, "supply change announced " + announcedOn);
        imported += change.size();
        save(state.businessDay());
        return days + "Imported: " + what + ". " + (reCommits.openCase().isPresent()
                ? "The engine proposes a re-commit: preview and approve it in Re-commit."
                : "The promises made hold: nothing needs to move.");
    }

    /** What one played day did. */
    private record DayPlayed(int pos, int held, List<String> refused, Map<String, Integer> shipped, int builtAhead) {
        @Override
        public String toString() {
            int units = shipped.values().stream().mapToInt(Integer::intValue).sum();
            return "the ERPs sent " + pos + " PO" + (pos == 1 ? "" : "s") + (held > 0 ? " (" + held
                    + " held for review and released)" : "") + (refused.isEmpty() ? "" : ", refused: "
                    + String.join(", ", refused)) + ", ops confirmed the proposals, the warehouse shipped " + units
                    + " units on " + shipped.size() + " line" + (shipped.size() == 1 ? "" : "s")
                    + (builtAhead == 0 ? "" : ", and the build ready that day made " + builtAhead
                            + " units of later builds ahead");
        }
    }

    /**
     * Plays the scenario's days before {@code businessDay} as the replay plays them: each morning ops import the
     * changes announced and approve the re-commit proposed, then the day is played.
     */
    private void playUpTo(LocalDate businessDay) {
        imported = desk.planKnownOnFirstDay(events, OPS);
        for (LocalDate day = ScenarioDesk.FIRST_DAY; day.isBefore(businessDay); day = day.plusDays(1)) {
            List<SupplyEvent> announced = nextChange();
            if (!announced.isEmpty() && announced.get(0).announcedOn().equals(day)) {
                desk.importAndApprove(day, announced, OPS);
                imported += announced.size();
            }
            playDay(day, OPS);
        }
    }

    /**
     * One day: the ERPs send its POs, and ops ({@code actor}) release at once what waits on review, confirm the
     * proposals and ship what is due and there; at the end of the day the build ready that day makes units ahead.
     */
    private DayPlayed playDay(LocalDate day, String actor) {
        desk.at(day, 10);
        int sent = 0;
        int held = 0;
        List<String> refused = new ArrayList<>();
        for (List<DemandLine> po : posByDay.getOrDefault(day, List.of())) {
            try {
                held += desk.submit(po, true, actor).held() ? 1 : 0;
                sent++;
            } catch (OrderRejected e) {
                Log.warnf("Demo world: PO %s rejected: %s", po.get(0).po(), e.errors());
                refused.add(po.get(0).po());
            }
        }
        desk.at(day, 11);
        desk.confirmProposals(actor);
        desk.at(day, 16);
        Map<String, Integer> shipped = shipDue(day, actor);
        desk.at(day, 17);
        return new DayPlayed(sent, held, refused, shipped, desk.buildAhead(actor));
    }

    /** Ships what is due by {@code day} on every open order (the platform refuses what has no supply yet). */
    private Map<String, Integer> shipDue(LocalDate day, String actor) {
        Map<String, String> orderOf = new HashMap<>();
        String cursor = null;
        do {
            OrderPage page = orders.list(new OrderQuery(null, null, null, null, 200, cursor));
            for (PurchaseOrder o : page.items()) {
                if (!DONE.contains(o.status())) {
                    for (OrderLine l : o.lines()) {
                        orderOf.put(l.demandRef().value(), o.id().toString());
                    }
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return orderOf.isEmpty() ? Map.of()
                : desk.shipDue(day, promises.forDemands(DemandRef.all(orderOf.keySet())), orderOf::get, actor);
    }

    /** The business day begins: the clock runs on from 7 in the morning; the day is kept for a restart. */
    private void morningOf(LocalDate day) {
        clock.runFrom(day.atTime(7, 0).atZone(clock.getZone()).toInstant());
        save(day);
    }

    private void save(LocalDate day) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into demo.world (id, business_day, events_imported) values (1, ?1, ?2)
                on conflict (id) do update set business_day = excluded.business_day,
                    events_imported = excluded.events_imported""")
                .setParameter(1, day).setParameter(2, imported).executeUpdate());
        List<SupplyEvent> next = nextChange();
        long left = events.stream().skip(imported).map(SupplyEvent::announcedOn).distinct().count();
        state = new DemoState(ScenarioDesk.FIRST_DAY, day, next.isEmpty() ? null : next.get(0).announcedOn(),
                next.isEmpty() ? null : ScenarioDesk.describe(next), (int) left);
    }

    /** The scenario's next announcement: every change announced on the first day not imported yet. */
    private List<SupplyEvent> nextChange() {
        if (imported >= events.size()) {
            return List.of();
        }
        LocalDate on = events.get(imported).announcedOn();
        return events.stream().skip(imported).takeWhile(e -> e.announcedOn().equals(on)).toList();
    }

    private void read() {
        try (InputStream d = resource("demand_26w.csv"); InputStream s = resource(EVENTS)) {
            posByDay = DemandLine.read(new InputStreamReader(d, StandardCharsets.UTF_8), "demand_26w.csv").stream()
                    .collect(Collectors.groupingBy(DemandLine::placedOn, Collectors.collectingAndThen(
                            Collectors.groupingBy(DemandLine::po, LinkedHashMap::new, Collectors.toList()),
                            m -> List.copyOf(m.values()))));
            events = SupplyEvent.read(new InputStreamReader(s, StandardCharsets.UTF_8), EVENTS).stream()
                    .sorted(Comparator.comparing(SupplyEvent::announcedOn)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("demo world scenario", e);
        }
    }

    private static InputStream resource(String file) {
        return DemoWorld.class.getResourceAsStream("/demo-data/" + file);
    }
}
