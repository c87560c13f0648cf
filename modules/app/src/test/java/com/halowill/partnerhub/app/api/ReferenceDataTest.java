package com.halowill.partnerhub.app.api;

import static com.halowill.partnerhub.app.api.PurchaseOrders.line;
import static com.halowill.partnerhub.app.api.PurchaseOrders.order;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Products, prices, ship-tos are kept in memory between requests, yet a change written by anyone else (another
 * app instance, a migration, psql) shows on the very next request, and a change rolled back never shows.
 */
@QuarkusTest
class ReferenceDataTest {

    @Inject
    DataSource db;
    @Inject
    PrivateSupply supply;

    @Test
    void a_price_changed_outside_the_app_shows_on_the_next_request_and_a_rolled_back_one_never() throws Exception {
        PrivateSupply.World w = supply.product("REF", 1, Map.of(1, 1000), 1000);
        String token = Tokens.erp("nwos");
        assertEquals("100.00", listPrice(token, w.sku()));

        update("update catalog.product set list_price = 123.45 where sku = ?", w.sku());
        assertEquals("123.45", listPrice(token, w.sku()), "committed elsewhere: seen at once");

        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("update catalog.product set list_price = 1 where sku = ?")) {
                ps.setString(1, w.sku());
                ps.executeUpdate();
            }
            assertEquals("123.45", listPrice(token, w.sku()), "not committed: not seen");
            c.rollback();
        }
        assertEquals("123.45", listPrice(token, w.sku()), "rolled back: never seen");
        update("update catalog.product set list_price = 130.00 where sku = ?", w.sku());
        assertEquals("130.00", listPrice(token, w.sku()), "the next change after a rollback is seen too");
    }

    @Test
    void a_ship_to_added_outside_the_app_takes_orders_at_once() throws Exception {
        String code = "NWOS-REF-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String token = Tokens.erp("nwos");
        List<Map<String, Object>> lines = List.of(line(1, "HW-QDD-400G-SR8", 10, LocalDate.now().plusWeeks(6)));
        PurchaseOrders.as(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(PurchaseOrders.uniquePo("REF"), code, lines)).post("/api/v1/purchase-orders")
                .then().statusCode(400);
        update("""
                insert into orders.ship_to (code, distributor, name, line1, city, region, postal_code, country,
                default_warehouse) select ?, 'NWOS', 'Reference test dock', line1, city, region, postal_code, country,
                default_warehouse from orders.ship_to where code = 'NWOS-ASH'""", code);
        PurchaseOrders.as(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(order(PurchaseOrders.uniquePo("REF"), code, lines)).post("/api/v1/purchase-orders")
                .then().statusCode(201);
    }

    private static String listPrice(String token, String sku) {
        return PurchaseOrders.as(token).get("/api/v1/products/" + sku).then().statusCode(200).extract()
                .path("listPrice");
    }

    private void update(String sql, String parameter) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            assertEquals(1, ps.executeUpdate(), sql);
        }
    }
}
