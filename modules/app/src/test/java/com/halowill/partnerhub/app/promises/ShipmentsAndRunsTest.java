package com.halowill.partnerhub.app.promises;

import static com.halowill.partnerhub.app.api.PurchaseOrdersAccess.submit;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.BackorderProcessing;
import com.halowill.partnerhub.commitments.BackorderRun;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DeliveryPerformance;
import com.halowill.partnerhub.commitments.DistributorImpact;
import com.halowill.partnerhub.commitments.OpsDecision;
import com.halowill.partnerhub.commitments.OverrideRefused;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.commitments.RunPreview;
import com.halowill.partnerhub.commitments.ShareRule;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRefused;
import com.halowill.partnerhub.commitments.ShipmentRequest;
import com.halowill.partnerhub.commitments.Shipments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Shipments issue what was promised; ops decisions and backorder runs move lines with a reason; figures follow. */
@QuarkusTest
class ShipmentsAndRunsTest {

    @Inject
    Promises promises;
    @Inject
    Shipments shipments;
    @Inject
    BackorderProcessing runs;
    @Inject
    DeliveryPerformance performance;
    @Inject
    PrivateSupply supply;
    @Inject
    com.halowill.partnerhub.commitments.Allocations allocations;

    private Commitment order(PrivateSupply.World w, String erp, String shipTo, int quantity, int week) {
        String id = submit(Tokens.erp(erp), UUID.randomUUID().toString(), "T-" + UUID.randomUUID(), shipTo, w.sku(),
                quantity, PrivateSupply.friday(week));
        return promises.forDemands(OrderLines.demandRefs(id)).get(0);
    }

    private static ExtractableResponse<Response> read(String erp, String orderId) {
        return given().auth().oauth2(Tokens.erp(erp)).get("/api/v1/purchase-orders/" + orderId).then().statusCode(200)
                .extract();
    }

    @Test
    void a_shipment_issues_stock_and_the_line_and_order_follow() {
        PrivateSupply.World w = supply.product("SHIP", 1, Map.of(), 1000);
        supply.stock(w, "FRE-HUB", 100);
        Commitment c = order(w, "prdc", "PRDC-DSM", 60, 1);
        String orderId = OrderLines.orderOf(c.demandRef().value());
        assertThrows(ShipmentRefused.class, () -> ship(c, 60), "a proposal does not ship");
        promises.confirm(c.id(), "ops-planner");
        assertThrows(ShipmentRefused.class, () -> ship(c, 61), "not more than was promised");

        ship(c, 20);
        assertEquals("PARTIALLY_SHIPPED", read("prdc", orderId).path("status"));
        assertEquals(20, (int) read("prdc", orderId).path("lines[0].shippedQuantity"));
        ship(c, 40);
        assertEquals("SHIPPED", read("prdc", orderId).path("lines[0].status"));
        assertEquals("SHIPPED", read("prdc", orderId).path("status"));
        assertEquals(40, supply.stockOnHand(w, "FRE-HUB"), "the stock was issued");
        assertTrue(performance.figures().stream().anyMatch(f -> f.distributor().value().equals("PRDC")
                && f.linesShipped() > 0
                && f.otifLastCommit() > 0), "OTIF counts the line shipped on time");
    }

    @Test
    void an_override_moves_a_line_with_a_reason_and_refuses_what_supply_cannot_honour() {
        PrivateSupply.World w = supply.product("OVR", 1, Map.of(2, 500, 4, 500), 10_000);
        Commitment c = order(w, "casc", "CASC-SEA", 300, 2);
        assertThrows(OverrideRefused.class, () -> promises.override(c.id(), new OpsDecision(PrivateSupply.friday(2),
                600, null, ReasonCode.CUSTOMER_REQUEST, null), "ops-planner"));
        Commitment moved = promises.override(c.id(), new OpsDecision(PrivateSupply.friday(4), null, null,
                ReasonCode.CUSTOMER_REQUEST, "customer asked to ship later"), "ops-planner");
        assertEquals(PrivateSupply.friday(4), moved.lastShipDate());
        var history = given().auth().oauth2(Tokens.erp("casc"))
                .get("/api/v1/purchase-orders/" + OrderLines.orderOf(c.demandRef().value()) + "/commitment-history")
                .then().statusCode(200).extract();
        List<String> reasons = history.path("lines[0].history.reasonCode");
        assertEquals(List.of("NEW_DEMAND", "CUSTOMER_REQUEST"), reasons);
        assertEquals(PrivateSupply.friday(4).toString(), history.path("lines[0].history[1].schedule[0].shipDate"));
        Commitment rejected = promises.reject(c.id(), ReasonCode.ALLOCATION_DECISION, null, "ops-planner");
        assertEquals("REJECTED", rejected.state().name());
        assertEquals(0, supply.committedUnits(w.sku())[0], "its supply is free again");
    }

    @Test
    void a_fair_share_run_is_simulated_first_and_applied_on_approval() {
        PrivateSupply.World w = supply.product("FAIR", 1, Map.of(2, 600), 10_000);
        Commitment first = order(w, "nwos", "NWOS-ASH", 600, 2);
        Commitment second = order(w, "prdc", "PRDC-DSM", 600, 2);
        assertEquals(600, second.backorderedQuantity(), "first come took everything");
        BackorderRun run = new BackorderRun(new Sku(w.sku()), null, ShareRule.FAIR_SHARE, false);

        RunPreview simulated = runs.simulate(run);
        assertEquals(600, promises.find(first.id()).orElseThrow().acceptedQuantity()
                - promises.find(first.id()).orElseThrow().backorderedQuantity(), "a simulation changes nothing");
        DistributorImpact prdc = simulated.impact().stream()
                .filter(i -> i.distributor().value().equals("PRDC")).findFirst()
                .orElseThrow();
        assertTrue(prdc.onTimeGain() > 0, "PRDC gains a share: " + prdc);

        runs.apply(run, "ops-planner");
        int nwos = 600 - promises.find(first.id()).orElseThrow().backorderedQuantity();
        int prdcNow = 600 - promises.find(second.id()).orElseThrow().backorderedQuantity();
        assertEquals(600, nwos + prdcNow);
        assertEquals(prdc.onTimeAfter(), prdcNow, "applied as simulated");
        assertEquals("BACKORDER_RUN",
                promises.history(List.of(second.demandRef())).get(1).reason().name());
    }

    @Test
    void an_allocation_cap_counts_what_is_promised_and_limits_only_new_promises() {
        PrivateSupply.World w = supply.product("CAP", 1, Map.of(2, 5000, 6, 5000), 100_000);
        Commitment first = order(w, "casc", "CASC-SEA", 300, 2);
        var cap = allocations.setCap(new DistributorCode("CASC"), new Sku(w.sku()), PrivateSupply.monday(0),
                PrivateSupply.friday(4), 400, "ops");
        assertEquals(300, cap.used(), "what was promised before counts");
        assertEquals(300, first.acceptedQuantity() - first.backorderedQuantity());
        Commitment second = order(w, "casc", "CASC-SEA", 300, 2);
        assertEquals("100@" + PrivateSupply.friday(2) + ",200@" + PrivateSupply.friday(5), String.join(",",
                second.schedule().stream().map(x -> x.quantity() + "@" + x.shipDate()).toList()),
                "100 fit under the cap in its period; the rest is built the first week after it");
        assertEquals(300, order(w, "prdc", "PRDC-DSM", 300, 2).lastShipDate().equals(PrivateSupply.friday(2)) ? 300 : 0,
                "another distributor is not capped");
        assertThrows(IllegalArgumentException.class, () -> allocations.setCap(new DistributorCode("CASC"),
                new Sku("NO-SUCH-SKU"),
                PrivateSupply.monday(0), PrivateSupply.friday(4), 1, "ops"));
    }

    private void ship(Commitment c, int units) {
        shipments.record(new ShipmentRequest(c.distributor(), OrderLines.orderOf(c.demandRef().value()), null, "UPS",
                "1Z" + units, List.of(new ShipmentLine(c.demandRef(), units))), "ops-planner");
    }
}
