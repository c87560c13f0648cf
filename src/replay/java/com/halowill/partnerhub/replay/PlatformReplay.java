package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.app.demo.DemandLine;
import com.halowill.partnerhub.app.demo.ScenarioDesk;
import com.halowill.partnerhub.app.demo.SupplyEvent;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.HistoryEntry;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderRejected;
import io.quarkus.logging.Log;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plays a scenario through the running platform, day by day, as its users would: each morning ops import the supply
 * changes announced that day and approve the re-commit the engine proposes; ERPs submit each PO on the day it was
 * placed; ops confirm the proposals; each commitment ships on its date when the supply it was promised from is there.
 * Every evening it reads each line's schedule as the partner sees it (a change is a move, explained when the line's
 * history recorded it that day with a reason) and checks every dated unit against the plan it knows.
 */
final class PlatformReplay {

    /**
     * The platform's outcome: each line's story, the moves seen, the most units promised twice, what each supply day
     * did, and the units the builds made ahead of their own week.
     */
    record Result(List<LineStory> lines, List<MoveSeen> moves, int promisedTwice, int rejectedOrders, int heldOrders,
            List<String> supplyDays, long builtAhead) {
    }

    /** The platform's services the replay uses, as its users or an ERP would. */
    record Services(ScenarioDesk desk, Promises promises) {
    }

    private static final boolean BUILD_AHEAD = !Boolean.getBoolean("partnerhub.replay.no-build-ahead");

    private final Services s;
    private final SeedWorld world;
    private final Map<String, LineStory> byRef = new LinkedHashMap<>();
    private final Map<String, String> orderOf = new HashMap<>();
    private final List<MoveSeen> moves = new ArrayList<>();
    private final List<String> supplyDays = new ArrayList<>();
    private long builtAhead;
    private int promisedTwice;
    private int rejected;
    private int held;

    PlatformReplay(Services services, SeedWorld world) {
        this.s = services;
        this.world = world;
    }

    Result run(Scenario scenario, LocalDate end) {
        LocalDate start = ScenarioDesk.FIRST_DAY;
        PlanBook known = new PlanBook(world);
        known.applyAll(scenario.events().stream().filter(e -> !e.announcedOn().isAfter(start)).toList());
        s.desk().planKnownOnFirstDay(scenario.events(), "replay-ops");
        Map<String, List<DemandLine>> byPo = scenario.demand().stream()
                .collect(Collectors.groupingBy(DemandLine::po, LinkedHashMap::new, Collectors.toList()));
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            LocalDate today = day;
            List<SupplyEvent> announced = scenario.events().stream()
                    .filter(e -> e.announcedOn().equals(today) && today.isAfter(start)).toList();
            if (!announced.isEmpty()) {
                known.applyAll(announced);
                importAndReCommit(day, announced);
            }
            at(day, 10);
            for (List<DemandLine> po : byPo.values()) {
                if (po.get(0).placedOn().equals(day)) {
                    submit(day, po);
                }
            }
            at(day, 11);
            s.desk().confirmProposals("replay-ops");
            at(day, 16);
            ship(day);
            at(day, 17);
            if (BUILD_AHEAD) {
                builtAhead += s.desk().buildAhead("replay-ops");
            }
            List<Commitment> open = commitments();
            watch(day, open);
            promisedTwice = Math.max(promisedTwice, SupplyCheck.unbacked(open, known, world));
        }
        return new Result(List.copyOf(byRef.values()), moves, promisedTwice, rejected, held, supplyDays,
                builtAhead);
    }

    /** Ops import the morning's changes, then approve the re-commit the engine proposes, if it proposes one. */
    private void importAndReCommit(LocalDate day, List<SupplyEvent> announced) {
        ScenarioDesk.Morning m = s.desk().importAndApprove(day, announced, "replay-ops");
        supplyDays.add(day + " (" + m.what() + "): " + m.outcome());
    }

    private void submit(LocalDate day, List<DemandLine> po) {
        try {
            ScenarioDesk.Submitted submitted = s.desk().submit(po, true, "replay-ops");
            if (submitted.held()) {
                held++;
            }
            for (OrderLine l : submitted.order().lines()) {
                DemandLine d = po.stream().filter(x -> x.lineNumber() == l.lineNumber()).findFirst().orElseThrow();
                LineStory story = new LineStory(d);
                story.see(day, l.commitments().stream()
                        .map(x -> new LineStory.Part(x.quantity(), x.shipDate())).toList());
                byRef.put(l.demandRef().value(), story);
                orderOf.put(l.demandRef().value(), submitted.order().id().toString());
            }
        } catch (OrderRejected e) {
            rejected++;
            Log.warnf("replay: PO %s rejected: %s", po.get(0).po(), e.errors());
        }
    }

    /** Ships every confirmed unit due by today whose supply has arrived (the platform refuses the others). */
    private void ship(LocalDate day) {
        s.desk().shipDue(day, commitments(), orderOf::get, "replay-ops")
                .forEach((ref, units) -> byRef.get(ref).ship(day, units));
    }

    /** Compares each line's schedule with the last one seen; a change is explained when history records it today. */
    private void watch(LocalDate day, List<Commitment> open) {
        Instant since = day.atTime(LocalTime.MIN).toInstant(ZoneOffset.UTC);
        Map<String, List<LineStory.Part>> replaced = new LinkedHashMap<>();
        Map<String, List<LineStory.Part>> now = new HashMap<>();
        for (Commitment c : open) {
            List<LineStory.Part> schedule = parts(c.schedule());
            List<LineStory.Part> was = byRef.get(c.demandRef().value()).see(day, schedule);
            if (was != null) {
                replaced.put(c.demandRef().value(), was);
                now.put(c.demandRef().value(), schedule);
            }
        }
        if (replaced.isEmpty()) {
            return;
        }
        Map<String, List<HistoryEntry>> history = s.promises().history(DemandRef.all(replaced.keySet())).stream()
                .collect(Collectors.groupingBy(h -> h.demandRef().value()));
        replaced.forEach((ref, was) -> {
            List<HistoryEntry> today = history.getOrDefault(ref, List.of()).stream()
                    .filter(h -> !h.at().isBefore(since)).toList();
            HistoryEntry last = today.isEmpty() ? null : today.get(today.size() - 1);
            boolean explained = last != null && last.reason() != null
                    && LineStory.text(parts(last.schedule())).equals(LineStory.text(now.get(ref)));
            moves.add(new MoveSeen(day, byRef.get(ref), was, now.get(ref), explained));
        });
    }

    private static List<LineStory.Part> parts(List<ScheduleLine> schedule) {
        return schedule.stream().map(x -> new LineStory.Part(x.quantity(), x.shipDate())).toList();
    }

    private List<Commitment> commitments() {
        return byRef.isEmpty() ? List.of() : s.promises().forDemands(DemandRef.all(byRef.keySet()));
    }

    private void at(LocalDate day, int hour) {
        s.desk().at(day, hour);
    }
}
