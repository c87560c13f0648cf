package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.app.MovableClock;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.HistoryEntry;
import com.halowill.partnerhub.commitments.ProposalFilter;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ReCommits;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRefused;
import com.halowill.partnerhub.commitments.ShipmentRequest;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.inventory.PlanCell;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.SupplyPlan;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.OrderIntake;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import com.halowill.partnerhub.orders.Submission;
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
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Plays the demand through the running platform, day by day, as its users would: ERPs submit each PO on the day
 * it was placed, ops confirm the proposals, the disruption is imported as a new supply plan and its re-commit
 * approved the same day, and each commitment ships on its date when the supply it was promised from is there.
 * It watches every line's schedule each evening to count the moves partners saw and whether history explains them.
 */
final class PlatformReplay {

    /** The platform's outcome: lines, the most units promised without supply at a day's end, moves seen and explained. */
    record Result(List<LineOutcome> lines, int promisedTwice, int movesSeen, int movesExplained, int rejectedOrders,
            String disruption) {
    }

    /** The platform's services the replay uses, as a user or an ERP would. */
    record Services(OrderIntake intake, Promises promises, ReCommits reCommits, SupplyPlan plan, Shipments shipments,
            MovableClock clock) {
    }

    private final Services s;
    private final Map<String, DemandLine> byRef = new LinkedHashMap<>();
    private final Map<String, String> orderOf = new HashMap<>();
    private final Map<String, String> seen = new HashMap<>();
    private final Map<String, int[]> shipped = new HashMap<>();
    private final Map<String, LocalDate> completed = new HashMap<>();
    private int promisedTwice;
    private int movesSeen;
    private int movesExplained;
    private int rejected;
    private String disruptionOutcome = "not reached";

    PlatformReplay(Services services) {
        this.s = services;
    }

    Result run(List<DemandLine> demand, String disruptedPlan, LocalDate start, LocalDate disruption, LocalDate end) {
        at(start, 7);
        startWithPlanKnownThen(disruptedPlan);
        Map<String, List<DemandLine>> byPo = demand.stream()
                .collect(Collectors.groupingBy(DemandLine::po, LinkedHashMap::new, Collectors.toList()));
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (day.equals(disruption)) {
                at(day, 8);
                s.plan().importCsv(disruptedPlan, "replay-ops", "EML-100G output halved in weeks 6 to 9");
                at(day, 9);
                disruptionOutcome = s.reCommits().openCase()
                        .map(c -> "a re-commit case opened (" + c.reason() + "); approved: "
                                + s.reCommits().approve(c.id(), "replay-ops").outcome())
                        .orElse("no re-commit case opened: chips not used in the first weeks carry forward and "
                                + "still covered every commitment");
            }
            at(day, 10);
            for (List<DemandLine> po : byPo.values()) {
                if (po.get(0).placedOn().equals(day)) {
                    submit(po);
                }
            }
            at(day, 11);
            confirmProposals();
            at(day, 16);
            ship(day);
            at(day, 17);
            watch(day);
            promisedTwice = Math.max(promisedTwice, s.reCommits().preview().uncoveredUnits());
        }
        return new Result(outcomes(), promisedTwice, movesSeen, movesExplained, rejected, disruptionOutcome);
    }

    /** At the start, the plan known then: EML-100G at 48,000 in every week (the cut is announced later). */
    private void startWithPlanKnownThen(String disruptedPlan) {
        List<PlanCell> cells = new ArrayList<>();
        SeedWorld.chips(disruptedPlan).getOrDefault("EML-100G", Map.of()).forEach((week, q) ->
                cells.add(new PlanCell(PoolKind.CHIPS, "EML-100G", week, 48_000)));
        s.plan().edit(cells, "replay-ops", "plan known on the replay's first day");
    }

    private void submit(List<DemandLine> po) {
        DemandLine first = po.get(0);
        List<SubmitLine> lines = po.stream().map(l -> new SubmitLine(l.lineNumber(), l.sku(), l.quantity(),
                l.requested(), null)).toList();
        try {
            Submission sub = s.intake().submit(new SubmitOrder(first.distributor(), "replay:" + first.po(),
                    Channel.API, first.po(), first.shipTo(), "USD", lines, null, "erp-" + first.distributor()));
            for (OrderLine l : sub.order().lines()) {
                DemandLine d = po.stream().filter(x -> x.lineNumber() == l.lineNumber()).findFirst().orElseThrow();
                byRef.put(l.demandRef(), d);
                orderOf.put(l.demandRef(), sub.order().id().toString());
            }
        } catch (OrderRejected e) {
            rejected++;
            Log.warnf("replay: PO %s rejected: %s", first.po(), e.errors());
        }
    }

    private void confirmProposals() {
        while (true) {
            List<Commitment> page = s.promises().proposals(ProposalFilter.all(), 500);
            if (page.isEmpty()) {
                return;
            }
            s.promises().confirmAll(page.stream().map(Commitment::id).toList(), "replay-ops");
        }
    }

    /** Ships every confirmed unit due by today whose supply has arrived (the platform refuses the others). */
    private void ship(LocalDate day) {
        for (Commitment c : commitments()) {
            if (c.state() != CommitmentState.CONFIRMED) {
                continue;
            }
            int due = c.schedule().stream().filter(x -> x.shipDate() != null && !x.shipDate().isAfter(day))
                    .mapToInt(x -> x.quantity() - x.shippedQuantity()).sum();
            if (due <= 0) {
                continue;
            }
            try {
                s.shipments().record(new ShipmentRequest(c.distributor(), orderOf.get(c.demandRef()), null, "replay",
                        "R-" + day, List.of(new ShipmentLine(c.demandRef(), due))), "replay-ops");
                DemandLine l = byRef.get(c.demandRef());
                int[] t = shipped.computeIfAbsent(c.demandRef(), k -> new int[2]);
                t[0] += due;
                t[1] += day.isAfter(l.requested()) ? 0 : due;
                if (t[0] >= l.quantity()) {
                    completed.put(c.demandRef(), day);
                }
            } catch (ShipmentRefused e) {
                Log.debugf("replay: %s not shipped on %s: %s", c.demandRef(), day, e.getMessage());
            }
        }
    }

    /** Compares each line's schedule with last evening's; a change counts as explained when history records it. */
    private void watch(LocalDate day) {
        Instant since = day.atTime(LocalTime.MIN).toInstant(ZoneOffset.UTC);
        List<String> changed = new ArrayList<>();
        Map<String, String> now = new HashMap<>();
        for (Commitment c : commitments()) {
            String text = text(c.schedule());
            now.put(c.demandRef(), text);
            String before = seen.get(c.demandRef());
            if (before != null && !before.equals(text)) {
                changed.add(c.demandRef());
            }
        }
        if (!changed.isEmpty()) {
            Map<String, List<HistoryEntry>> history = s.promises().history(changed).stream()
                    .collect(Collectors.groupingBy(HistoryEntry::demandRef));
            for (String ref : changed) {
                movesSeen++;
                List<HistoryEntry> today = history.getOrDefault(ref, List.of()).stream()
                        .filter(h -> !h.at().isBefore(since)).toList();
                if (!today.isEmpty() && today.get(today.size() - 1).reason() != null
                        && text(today.get(today.size() - 1).schedule()).equals(now.get(ref))) {
                    movesExplained++;
                }
            }
        }
        seen.putAll(now);
    }

    private List<Commitment> commitments() {
        return byRef.isEmpty() ? List.of() : s.promises().forDemands(byRef.keySet());
    }

    private List<LineOutcome> outcomes() {
        Map<String, List<HistoryEntry>> history = s.promises().history(byRef.keySet()).stream()
                .collect(Collectors.groupingBy(HistoryEntry::demandRef));
        List<LineOutcome> out = new ArrayList<>();
        byRef.forEach((ref, line) -> {
            List<HistoryEntry> answers = history.getOrDefault(ref, List.of()).stream()
                    .filter(h -> !h.action().equals("SHIPPED")).toList();
            LocalDate first = answers.stream().filter(h -> dated(h.schedule()) > 0).findFirst()
                    .map(h -> inFull(h.schedule(), line.quantity())).orElse(null);
            LocalDate last = answers.isEmpty() ? null : inFull(answers.get(answers.size() - 1).schedule(),
                    line.quantity());
            int[] t = shipped.getOrDefault(ref, new int[2]);
            out.add(new LineOutcome(line, first, last, t[0], t[1], completed.get(ref)));
        });
        return out;
    }

    /** The date the schedule ships all of the quantity by, or null when some of it has no date. */
    private static LocalDate inFull(List<ScheduleLine> schedule, int quantity) {
        if (dated(schedule) < quantity) {
            return null;
        }
        return schedule.stream().map(ScheduleLine::shipDate).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
    }

    private static int dated(List<ScheduleLine> schedule) {
        return schedule.stream().filter(x -> x.shipDate() != null).mapToInt(ScheduleLine::quantity).sum();
    }

    private static String text(List<ScheduleLine> schedule) {
        return schedule.stream().map(x -> x.quantity() + "@" + x.shipDate()).collect(Collectors.joining(","));
    }

    private void at(LocalDate day, int hour) {
        s.clock().set(day.atTime(hour, 0).toInstant(ZoneOffset.UTC));
    }
}
