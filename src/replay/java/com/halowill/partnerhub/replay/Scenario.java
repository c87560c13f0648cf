package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.app.demo.DemandLine;
import com.halowill.partnerhub.app.demo.ScenarioDesk;
import com.halowill.partnerhub.app.demo.SupplyEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A replay scenario: demand (one order line a row, each PO placed on its day) and supply events (plan changes
 * announced on their day), played from {@link #START}.
 */
record Scenario(String name, String files, List<DemandLine> demand, List<SupplyEvent> events) {

    /** The replay's first day; the plan starts on the Monday after. */
    static final LocalDate START = ScenarioDesk.FIRST_DAY;

    /** The seed scenario, held to OTIF vs first date of at least 98%; the others to beating both baselines. */
    boolean seed() {
        return name.equals("seed");
    }

    static Scenario read(String name, Path demand, Path events) throws IOException {
        return new Scenario(name, demand.getFileName() + " with " + events.getFileName(), DemandLine.read(demand),
                SupplyEvent.read(events));
    }

    /** The same scenario with only the POs placed before {@code day} (the test suite's reduced size). */
    Scenario placedBefore(LocalDate day) {
        return new Scenario(name, files + ", POs placed before " + day,
                demand.stream().filter(l -> l.placedOn().isBefore(day)).toList(), events);
    }

    /** The last day played: the plan's last build is ready, and a week after the last requested date has passed. */
    LocalDate end(PlanBook plan) {
        LocalDate lastBuild = plan.lastWeek().plusDays(4);
        LocalDate afterRequests = demand.stream().map(DemandLine::requested).max(LocalDate::compareTo).orElse(START)
                .plusWeeks(1);
        return lastBuild.isAfter(afterRequests) ? lastBuild : afterRequests;
    }

    long orders() {
        return demand.stream().map(DemandLine::po).distinct().count();
    }

    long units() {
        return demand.stream().mapToLong(DemandLine::quantity).sum();
    }
}
