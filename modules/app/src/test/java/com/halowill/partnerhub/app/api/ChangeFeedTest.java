package com.halowill.partnerhub.app.api;

import static com.halowill.partnerhub.app.api.PurchaseOrders.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Polling the change feed never misses an order, even one whose change commits after a later change was read:
 * a change stays out of the feed while an older transaction is still running.
 */
@QuarkusTest
class ChangeFeedTest {

    private static String token() {
        return Tokens.erp("mapl");
    }

    /** Reads every page from a cursor; returns the ids seen and the cursor to poll from next. */
    private static String drain(String cursor, List<String> seen) {
        while (true) {
            var spec = as(token()).queryParam("limit", 2);
            if (cursor != null) {
                spec = spec.queryParam("after", cursor);
            }
            JsonPath page = spec.get("/api/v1/purchase-orders/changes").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            String next = page.getString("nextCursor");
            if (page.getList("items").isEmpty() || next.equals(cursor)) {
                return next;
            }
            cursor = next;
        }
    }

    private static String order() {
        return PurchaseOrdersAccess.submit(token(), UUID.randomUUID().toString(), "FEED-" + UUID.randomUUID(),
                "MAPL-MTL", "HW-QDD-400G-SR8", 10, LocalDate.now().plusDays(30));
    }

    @Test
    void a_change_that_commits_late_is_still_delivered_and_nothing_is_missed() throws Exception {
        String x = order();
        String cursor = drain(null, new ArrayList<>());
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        List<String> seen = new ArrayList<>();
        try (Connection slow = DriverManager.getConnection(url, "postgres", "postgres")) {
            slow.setAutoCommit(false);
            try (PreparedStatement ps = slow.prepareStatement(
                    "update orders.purchase_order set note = 'changed by a slow transaction' where id = ?")) {
                ps.setObject(1, UUID.fromString(x));
                ps.executeUpdate();
            }
            String y = order();
            cursor = drain(cursor, seen);
            assertFalse(seen.contains(y), "a later change waits while an older transaction runs");
            slow.commit();
            cursor = drain(cursor, seen);
            assertTrue(seen.contains(x), "the slow change is delivered once it commits");
            assertTrue(seen.contains(y), "and so is the one that waited");
        }
        List<String> again = new ArrayList<>();
        drain(cursor, again);
        assertEquals(List.of(), again, "nothing is delivered twice once read");
        as(token()).queryParam("after", "not-a-cursor").get("/api/v1/purchase-orders/changes").then().statusCode(400);
    }
}
