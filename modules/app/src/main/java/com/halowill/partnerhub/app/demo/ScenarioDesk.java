package com.halowill.partnerhub.app.demo;

import com.halowill.partnerhub.app.MovableClock;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Component;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.BuildsAhead;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.CommitmentState;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ProposalFilter;
import com.halowill.partnerhub.commitments.ReCommits;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRefused;
import com.halowill.partnerhub.commitments.ShipmentRequest;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.inventory.PlanCell;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.SupplyPlan;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.LineStatus;
import com.halowill.partnerhub.orders.OrderIntake;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.OrderReviews;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a scenario's users do on its days, through the modules' published APIs only: ERPs submit each PO, ops import
 * the supply changes announced and approve the re-commit the engine proposes, confirm proposals, and the warehouse
 * ships what is due when its supply is there. The promise-quality replay and the demo world both play with it.
 */
@ApplicationScoped
public class ScenarioDesk {

    /** A scenario's first day; the seed plan starts on the Monday after. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 27);

    /** A PO as the platform took it in; {@code held} when it waited on review and ops released it. */
    public record Submitted(PurchaseOrder order, boolean held) {
    }

    private final OrderIntake intake;
    private final OrderReviews reviews;
    private final Orders orders;
    private final Promises promises;
    private final ReCommits reCommits;
    private final SupplyPlan plan;
    private final Shipments shipments;
    private final BuildsAhead buildsAhead;
    private final Catalog catalog;
    private final MovableClock clock;

    ScenarioDesk(OrderIntake intake, OrderReviews reviews, Orders orders, Promises promises, ReCommits reCommits,
            SupplyPlan plan, Shipments shipments, BuildsAhead buildsAhead, Catalog catalog, MovableClock clock) {
        this.intake = intake;
        this.reviews = reviews;
        this.orders = orders;
        this.promises = promises;
        this.reCommits = reCommits;
        this.plan = plan;
        this.shipments = shipments;
        this.buildsAhead = buildsAhead;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Stops the business clock at an hour of a scenario day in the business time zone. */
    public void at(LocalDate day, int hour) {
        clock.set(day.atTime(hour, 0).atZone(clock.getZone()).toInstant());
    }

    /** Ops write the announced changes into the supply plan; the note says what was announced. */
    public String importChanges(List<SupplyEvent> announced, String actor, String why) {
        Set<String> components = catalog.components().stream().map(Component::code).collect(Collectors.toSet());
        String what = describe(announced);
        plan.edit(announced.stream().map(e -> new PlanCell(components.contains(e.resource()) ? PoolKind.CHIPS
                : PoolKind.CAPACITY, e.resource(), e.weekStart(), e.quantity())).toList(), actor, why + ": " + what);
        return what;
    }

    /** A morning with changes announced: what was announced, and what the re-commit ops approved did. */
    public record Morning(String what, String outcome) {
    }

    /**
     * The scenario's first morning: ops put in force the changes announced by then; answers how many there were.
     */
    public int planKnownOnFirstDay(List<SupplyEvent> events, String actor) {
        at(FIRST_DAY, 6);
        List<SupplyEvent> known = events.stream().filter(e -> !e.announcedOn().isAfter(FIRST_DAY)).toList();
        if (!known.isEmpty()) {
            importChanges(known, actor, "plan known on the scenario's first day");
        }
        return known.size();
    }

    /** A morning with changes announced: ops import them at 8 and at 9 approve the re-commit the engine proposes. */
    public Morning importAndApprove(LocalDate day, List<SupplyEvent> announced, String actor) {
        at(day, 8);
        String what = importChanges(announced, actor, "supply change announced " + day);
        at(day, 9);
        String outcome = reCommits.openCase()
                .map(c -> "re-commit approved: " + reCommits.approve(c.id(), actor).outcome())
                .orElse("no re-commit case opened");
        return new Morning(what, outcome);
    }

    /**
     * An ERP submits one PO (its lines share the PO number); with {@code releaseHeld}, ops release at once what
     * waits on review (a credit limit, say), so its lines are promised the same hour.
     */
    public Submitted submit(List<DemandLine> po, boolean releaseHeld, String actor) throws OrderRejected {
        DemandLine first = po.get(0);
        List<SubmitLine> lines = po.stream().map(l -> new SubmitLine(l.lineNumber(), l.sku(), l.quantity(),
                l.requested(), null)).toList();
        PurchaseOrder order = intake.submit(new SubmitOrder(new DistributorCode(first.distributor()),
                "scenario:" + first.po(),
                Channel.API, first.po(), first.shipTo(), "USD", lines, null, "erp-" + first.distributor())).order();
        boolean held = order.lines().stream().anyMatch(l -> l.status() == LineStatus.ON_REVIEW);
        if (held && releaseHeld) {
            reviews.release(order.id(), actor);
            order = orders.find(order.id()).orElseThrow();
        }
        return new Submitted(order, held);
    }

    /** Ops confirm every proposal in the queue. */
    public void confirmProposals(String actor) {
        while (true) {
            List<Commitment> page = promises.proposals(ProposalFilter.all(), 500);
            if (page.isEmpty()) {
                return;
            }
            promises.confirmAll(page.stream().map(Commitment::id).toList(), actor);
        }
    }

    /**
     * Ships every confirmed unit due by {@code day} whose supply has arrived (the platform refuses the others);
     * answers the units shipped per demand reference.
     */
    public Map<String, Integer> shipDue(LocalDate day, List<Commitment> open, Function<String, String> orderOfRef,
            String actor) {
        Map<String, Integer> shipped = new LinkedHashMap<>();
        for (Commitment c : open) {
            if (c.state() != CommitmentState.CONFIRMED) {
                continue;
            }
            int due = c.schedule().stream().filter(x -> x.shipDate() != null && !x.shipDate().isAfter(day))
                    .mapToInt(x -> x.quantity() - x.shippedQuantity()).sum();
            if (due <= 0) {
                continue;
            }
            try {
                shipments.record(new ShipmentRequest(c.distributor(), orderOfRef.apply(c.demandRef().value()), null,
                        "scenario", "S-" + day, List.of(new ShipmentLine(c.demandRef(), due))), actor);
                shipped.put(c.demandRef().value(), due);
            } catch (ShipmentRefused e) {
                Log.debugf("scenario: %s not shipped on %s: %s", c.demandRef(), day, e.getMessage());
            }
        }
        return shipped;
    }

    /** The factory's end of day: the build ready today makes, with capacity it has free, units of later builds. */
    public int buildAhead(String actor) {
        return buildsAhead.buildAhead(actor);
    }

    /** One line per resource and week: "EML-100G 24000 in the week of 2027-01-04; ...". */
    public static String describe(List<SupplyEvent> events) {
        return events.stream().map(e -> e.resource() + " " + e.quantity() + " in the week of " + e.weekStart())
                .collect(Collectors.joining("; "));
    }
}
