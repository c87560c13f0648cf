package com.halowill.partnerhub.app.api;

import static com.halowill.partnerhub.app.api.PurchaseOrders.line;
import static com.halowill.partnerhub.app.api.PurchaseOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.RefusedInserts;
import com.halowill.partnerhub.app.stack.Together;
import com.halowill.partnerhub.app.stack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Orders posted at the same moment are written together (one transaction): each one still gets its own answer, a
 * rejected or duplicate order takes nothing of the others with it, orders drawing on one chip never hold a chip
 * twice, an order that hits a database error fails alone, and reference data changed by anyone are used by the
 * next order although a group checks them only at its end.
 */
@QuarkusTest
class IntakeGroupsTest {

    private static final String SKU = "HW-QDD-400G-SR8";

    @Inject
    DataSource db;
    @Inject
    PrivateSupply supply;

    /** One request's answer: its PO number, status, and the order id if created. */
    private record Answer(String po, int status, String id) {
    }

    @Test
    void orders_arriving_together_each_get_their_own_answer_and_only_valid_ones_are_stored() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.erp("nwos");
        LocalDate date = LocalDate.now().plusWeeks(6);
        List<Callable<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String po = "GRP-" + run + "-OK-" + i;
            calls.add(() -> post(token, "NWOS-ASH", po, List.of(line(1, SKU, 10, date), line(2, SKU, 20, date))));
        }
        for (int i = 0; i < 4; i++) {
            String po = "GRP-" + run + "-BAD-" + i;
            calls.add(() -> post(token, "NWOS-ASH", po, List.of(line(1, SKU, 10, date), line(2, "HW-NO-SUCH-PART", 10, date))));
        }
        for (int i = 0; i < 4; i++) {
            String po = "GRP-" + run + "-TWICE-" + i;
            calls.add(() -> post(token, "NWOS-ASH", po, List.of(line(1, SKU, 10, date))));
            calls.add(() -> post(token, "NWOS-ASH", po, List.of(line(1, SKU, 10, date))));
        }
        List<Answer> answers = Together.run(calls);

        Map<String, List<Integer>> statuses = new HashMap<>();
        answers.forEach(a -> statuses.computeIfAbsent(a.po(), k -> new ArrayList<>()).add(a.status()));
        for (int i = 0; i < 12; i++) {
            assertEquals(List.of(201), statuses.get("GRP-" + run + "-OK-" + i), "a valid order is created");
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(List.of(400), statuses.get("GRP-" + run + "-BAD-" + i), "an invalid order is refused");
            List<Integer> twice = new ArrayList<>(statuses.get("GRP-" + run + "-TWICE-" + i));
            twice.sort(null);
            assertEquals(List.of(201, 409), twice, "one PO number under two keys: one order, one conflict");
        }

        Map<String, Integer> stored = linesPerOrder("GRP-" + run + "-%");
        assertEquals(16, stored.size(), "12 valid orders and one of each duplicate pair, nothing else: " + stored);
        for (int i = 0; i < 12; i++) {
            assertEquals(2, stored.get("GRP-" + run + "-OK-" + i), "every stored order has all its lines");
        }
        for (Answer a : answers) {
            if (a.status() == 201) {
                assertEquals(a.id(), orderId(a.po()), "the answer names the order that was stored");
            }
        }
    }

    @Test
    void orders_for_two_products_sharing_a_chip_released_together_never_hold_more_chips_than_exist() throws Exception {
        // 600 chips in week 2; an order of 10 of each product needs 20 + 30 of them: 24 orders ask for 1,200.
        PrivateSupply.World a = supply.product("GRP-A", 2, Map.of(2, 600), 100_000);
        PrivateSupply.World b = supply.sibling(a, "GRP-B", 3);
        String token = Tokens.erp("prdc");
        List<Callable<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String po = "CHIP-" + UUID.randomUUID();
            calls.add(() -> post(token, "PRDC-DSM", po, List.of(line(1, a.sku(), 10, PrivateSupply.friday(2)),
                    line(2, b.sku(), 10, PrivateSupply.friday(2)))));
        }
        for (Answer answer : Together.run(calls)) {
            assertEquals(201, answer.status(), answer.po());
        }
        int[] chips = supply.chipTotals(a);
        assertEquals(600, chips[0], "supply");
        assertEquals(600, chips[1], "every chip is held once, none twice");
        int heldA = supply.committedUnits(a.sku())[0];
        int heldB = supply.committedUnits(b.sku())[0];
        assertEquals(600, 2 * heldA + 3 * heldB, "the pool's total is what the commitments hold: " + heldA + " of "
                + a.sku() + ", " + heldB + " of " + b.sku());
    }

    @Test
    void an_order_that_hits_a_database_error_fails_alone_and_the_others_of_its_group_are_taken_in() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String boom = "BOOM-" + run;
        String token = Tokens.erp("casc");
        LocalDate date = LocalDate.now().plusWeeks(6);
        try (RefusedInserts refused = RefusedInserts.into(db, "orders.purchase_order",
                "new.po_number = '" + boom + "'")) {
            List<Callable<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String po = "SAFE-" + run + "-" + i;
                calls.add(() -> post(token, "CASC-SEA", po, List.of(line(1, SKU, 10, date))));
            }
            calls.add(5, () -> post(token, "CASC-SEA", boom, List.of(line(1, SKU, 10, date))));
            List<Answer> answers = Together.run(calls);
            for (Answer a : answers) {
                assertEquals(a.po().equals(boom) ? 500 : 201, a.status(), a.po());
            }
            assertEquals(10, linesPerOrder("SAFE-" + run + "-%").size(), "the ten good orders are stored");
            assertEquals(0, linesPerOrder(boom).size(), "the failed order left nothing");
        }
    }

    @Test
    void a_retry_gets_its_first_answer_even_when_the_same_order_would_now_be_refused() throws Exception {
        PrivateSupply.World w = supply.product("RETRY", 1, Map.of(2, 1_000), 1_000);
        String token = Tokens.erp("nwos");
        String key = UUID.randomUUID().toString();
        String po = "LTB-" + UUID.randomUUID();
        Map<String, Object> body = order(po, "NWOS-ASH", List.of(line(1, w.sku(), 10, PrivateSupply.friday(2))));
        Response first = PurchaseOrders.as(token).header("Idempotency-Key", key).body(body)
                .post("/api/v1/purchase-orders");
        assertEquals(201, first.statusCode(), first.asString());
        sql("update catalog.product set lifecycle = 'EOL', last_time_buy = current_date - 1 where sku = '" + w.sku()
                + "'");

        Response retry = PurchaseOrders.as(token).header("Idempotency-Key", key).body(body)
                .post("/api/v1/purchase-orders");
        assertEquals(201, retry.statusCode(), "the retry of a taken order is answered as it was: " + retry.asString());
        assertEquals(first.asString(), retry.asString(), "the same body as the first answer");
        Response again = PurchaseOrders.as(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order("LTB-" + UUID.randomUUID(), "NWOS-ASH", List.of(line(1, w.sku(), 10,
                        PrivateSupply.friday(2))))).post("/api/v1/purchase-orders");
        assertEquals(400, again.statusCode(), "a new order for a part past its last-time-buy is refused");
        assertEquals("lines[0].sku", again.path("errors[0].field"));
        assertEquals(1, linesPerOrder("LTB-%").entrySet().stream().filter(e -> e.getKey().equals(po)).count());
    }

    @Test
    void an_order_right_after_a_price_change_gets_the_new_price_although_the_old_one_was_held_in_memory()
            throws Exception {
        PrivateSupply.World w = supply.product("REPRICE", 1, Map.of(2, 1_000), 1_000);
        String token = Tokens.erp("casc");
        Response before = PurchaseOrders.as(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order("PRICE-" + UUID.randomUUID(), "CASC-SEA", List.of(line(1, w.sku(), 10,
                        PrivateSupply.friday(2))))).post("/api/v1/purchase-orders");
        assertEquals(201, before.statusCode(), before.asString());
        assertEquals("92.00", before.path("lines[0].unitPrice"), "list price 100.00 less the gold tier's 8%");
        // Written around the app, as another instance or psql would: only the catalog's revision tells the app.
        sql("update catalog.product set list_price = 200.00 where sku = '" + w.sku() + "'");

        Response after = PurchaseOrders.as(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order("PRICE-" + UUID.randomUUID(), "CASC-SEA", List.of(line(1, w.sku(), 10,
                        PrivateSupply.friday(2))))).post("/api/v1/purchase-orders");
        assertEquals(201, after.statusCode(), after.asString());
        assertEquals("184.00", after.path("lines[0].unitPrice"), "the next order is priced at the new list price");
    }

    @Test
    void the_key_of_a_refused_order_is_free_for_the_corrected_order() throws Exception {
        String token = Tokens.erp("casc");
        LocalDate date = LocalDate.now().plusWeeks(6);
        String used = "FREE-" + UUID.randomUUID();
        assertEquals(201, post(token, "CASC-SEA", used, List.of(line(1, SKU, 10, date))).status());

        String conflictKey = UUID.randomUUID().toString();
        assertEquals(409, postWith(conflictKey, token, used, List.of(line(1, SKU, 10, date))).statusCode());
        String corrected = "FREE-" + UUID.randomUUID();
        assertEquals(201, postWith(conflictKey, token, corrected, List.of(line(1, SKU, 10, date))).statusCode(),
                "the key of a PO-number conflict took nothing in");

        String invalidKey = UUID.randomUUID().toString();
        String fixed = "FREE-" + UUID.randomUUID();
        assertEquals(400, postWith(invalidKey, token, fixed, List.of(line(1, SKU, 0, date))).statusCode());
        assertEquals(201, postWith(invalidKey, token, fixed, List.of(line(1, SKU, 10, date))).statusCode(),
                "the key of a rejected order took nothing in");
        assertEquals(Map.of(used, 1, corrected, 1, fixed, 1),
                linesPerOrder("FREE-%").entrySet().stream().filter(e -> List.of(used, corrected, fixed)
                        .contains(e.getKey())).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                                Map.Entry::getValue)));
    }

    private static Response postWith(String key, String token, String po, List<Map<String, Object>> lines) {
        return PurchaseOrders.as(token).header("Idempotency-Key", key).body(order(po, "CASC-SEA", lines))
                .post("/api/v1/purchase-orders");
    }

    private static Answer post(String token, String shipTo, String po, List<Map<String, Object>> lines) {
        Response r = PurchaseOrders.as(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(po, shipTo, lines)).post("/api/v1/purchase-orders");
        return new Answer(po, r.statusCode(), r.statusCode() == 201 ? r.path("id") : null);
    }

    private Map<String, Integer> linesPerOrder(String poPattern) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select o.po_number, count(l.id) from orders.purchase_order o
                left join orders.order_line l on l.order_id = o.id where o.po_number like ? group by o.po_number""")) {
            ps.setString(1, poPattern);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    private String orderId(String po) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("select id from orders.purchase_order where po_number = ?")) {
            ps.setString(1, po);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
