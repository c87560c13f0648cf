package com.halowill.partnerhub.app.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.AppProcess;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.launcher.LocalPostgres;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The run command's demo world, as a newcomer meets it: the seed scenario played to the day before its disruption,
 * played on a day and through the scenario's supply changes from the console, the short-notice cut's re-commit
 * previewed and approved, the partner told; the LTA holder then calls off volume the cut made yield and gets it on
 * its date; the business day survives a restart. The packaged application runs on
 * its own database, on a port the realm lets the browser return to.
 */
@QuarkusTest
@Tag("e2e")
class DemoWorldJourneyTest extends BrowserJourney {

    private static final int PORT = 8082;
    private static final String BASE = "http://localhost:" + PORT;
    /** CASC's LTA product and a week the fab stop made its protection yield. */
    private static final String CALL_OFF_SKU = "HW-OSFP-800G-2FR4";
    private static final String CALL_OFF_DATE = "2027-03-10";

    @Test
    void a_newcomer_plays_the_demo_world_to_a_short_notice_cut_and_the_partner_sees_the_moved_date()
            throws Exception {
        try (LocalPostgres pg = LocalPostgres.start("partnerhub_demo_world", true);
                AppProcess app = AppProcess.startOn(PORT, pg.jdbcUrl(), "-Dpartnerhub.demo-data.enabled=true",
                        "-Dpartnerhub.demo-world.until=2026-12-13")) {
            Page ops = browser.signIn(BASE + "/console/demo", "ops-planner", Tokens.PASSWORD);
            assertEquals("Sunday 13 December 2026", ops.locator("#business-day").textContent().trim());
            assertTrue(ops.locator("#next-change").textContent().contains("announced 2026-12-14: EML-100G 24000"),
                    ops.locator("#next-change").textContent());
            accessible(ops);
            Browser.screenshot(ops, "console-demo");
            ops.navigate(BASE + "/console");
            assertTrue(ops.locator("body").textContent().contains("Demo world"), "the console links the demo");

            Page partner = browser.signIn(BASE + "/portal/orders", "nwos-buyer", Tokens.PASSWORD);
            assertTrue(partner.locator("body").textContent().contains("NWOS-SCN-"), "the partner's played orders");

            ops.navigate(BASE + "/console/demo");
            Browser.button(ops, "Play 2026-12-13 and move on").click();
            ops.waitForURL(u -> u.contains("/console/demo?message="));
            assertTrue(ops.locator("#flash").textContent().contains("Played 2026-12-13: the ERPs sent"),
                    ops.locator("#flash").textContent());
            assertEquals("Monday 14 December 2026", ops.locator("#business-day").textContent().trim());

            // A second click from a page still showing Sunday (a double click, another tab) moves nothing.
            ops.locator("#next-day-form input[name=from]").evaluate("e => e.value = '2026-12-13'");
            Browser.button(ops, "Play 2026-12-14 and move on").click();
            ops.waitForURL(u -> u.contains("already+2026-12-14") || u.contains("already%202026-12-14"));
            assertEquals("Monday 14 December 2026", ops.locator("#business-day").textContent().trim());

            importNext(ops, "2026-12-14");
            assertTrue(ops.locator("#flash").textContent().contains("nothing needs to move"),
                    "the seed's disruption comes before its weeks are promised: " + ops.locator("#flash").textContent());
            importNext(ops, "2027-02-08");
            assertTrue(ops.locator("#flash").textContent().startsWith("Played 56 days to the morning of 2027-02-08"),
                    ops.locator("#flash").textContent());
            importNext(ops, "2027-02-12");
            assertTrue(ops.locator("#flash").textContent().contains("proposes a re-commit"),
                    "the EML vendor's fab stopping for six weeks, announced the Friday before, hits promised units: "
                            + ops.locator("#flash").textContent());
            assertTrue(ops.locator("#next-change").textContent().contains("none left"));

            ops.navigate(BASE + "/console/recommit");
            assertTrue(ops.locator("table.moves tbody tr").count() > 0, "the preview lists the moves");
            ops.locator("#approve").click();
            ops.waitForURL(u -> u.contains("/console/recommit?message="));
            String told = ops.locator("#flash").textContent();
            assertTrue(told.contains("Re-commit applied") && told.matches("(?s).*told .*CASC \\(\\d+ lines?\\).*"), told);

            Page casc = browser.signIn(BASE + "/portal", "casc-buyer", Tokens.PASSWORD);
            Locator notice = casc.locator("#notices li").filter(new Locator.FilterOptions()
                    .setHasText("The supply plan changed"));
            assertTrue(notice.count() > 0, "the partner's dashboard says which date moved and why");
            String yielded = casc.locator("tr[data-lta=LTA-CASC-800FR4-26H1] .yielded").textContent();
            assertTrue(yielded.matches("\\d+ no longer set aside after supply cuts; call-offs for those weeks still take "
                    + "supply back from orders without an LTA"), "the fab stop made CASC's protection yield; the holder "
                    + "reads what its call-offs can still do, not that the volume is lost: " + yielded);
            Browser.screenshot(casc, "portal-demo-notice");
            holderCallsOffVolumeTheStopMadeYield();

            app.close();
            app.restart();
            Page again = browser.signIn(BASE + "/console/demo", "ops-planner", Tokens.PASSWORD);
            assertEquals("Friday 12 February 2027", again.locator("#business-day").textContent().trim(),
                    "a restart carries on from the business day reached");
        }
    }

    /**
     * CASC calls off volume its LTA protects for a week the fab stop hit: the order gets what its quote said, the
     * LTA's units on the date, taken back from lines without an LTA (its own spot lines included), which are told.
     */
    private static void holderCallsOffVolumeTheStopMadeYield() {
        String casc = Tokens.erp("casc");
        Response quote = given().auth().oauth2(casc).get(BASE + "/api/v1/availability?sku=" + CALL_OFF_SKU
                + "&quantity=300&shipTo=CASC-SEA&requestedDate=" + CALL_OFF_DATE);
        assertTrue(quote.jsonPath().getList("details", String.class).stream()
                .anyMatch(d -> d.contains("taken from lines without an LTA")), quote.asString());
        Response order = given().auth().oauth2(casc).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("poNumber", "CASC-CALLOFF-" + UUID.randomUUID().toString().substring(0, 6),
                        "shipTo", "CASC-SEA", "currency", "USD", "lines", List.of(Map.of("lineNumber", 1,
                                "sku", CALL_OFF_SKU, "quantity", 300, "requestedDate", CALL_OFF_DATE))))
                .post(BASE + "/api/v1/purchase-orders");
        assertEquals(201, order.statusCode(), order.asString());
        List<Map<String, Object>> quoted = quote.jsonPath().getList("schedule");
        List<Map<String, Object>> held = order.jsonPath().getList("lines[0].commitments");
        assertEquals(shipments(quoted), shipments(held), "the order gets what the quote said");
        assertTrue(held.stream().anyMatch(x -> CALL_OFF_DATE.equals(x.get("shipDate"))
                && "LTA-CASC-800FR4-26H1".equals(x.get("fromLta"))), "LTA volume on the date asked: " + held);

        int told = 0;
        for (String other : List.of("nwos", "prdc", "mapl", "casc")) { // CASC's own spot lines give way too
            String token = Tokens.erp(other);
            for (String id : given().auth().oauth2(token).get(BASE + "/api/v1/purchase-orders?limit=200").jsonPath()
                    .getList("items.id", String.class)) {
                String history = given().auth().oauth2(token)
                        .get(BASE + "/api/v1/purchase-orders/" + id + "/commitment-history").asString();
                if (history.contains("long-term agreement protects")) {
                    assertTrue(history.contains("\"reasonCode\":\"ALLOCATION_DECISION\""), history);
                    assertEquals("casc".equals(other), history.contains("that holder is you (LTA-CASC-800FR4-26H1"),
                            "only the holder's own line is told whose call-off it was: " + history);
                    told++;
                }
            }
        }
        assertTrue(told > 0, "the lines that gave the units are told why");
    }

    /** Quantity and ship date of each part of a schedule. */
    private static List<String> shipments(List<Map<String, Object>> schedule) {
        return schedule.stream().map(x -> x.get("quantity") + "@" + x.get("shipDate")).toList();
    }

    private static void importNext(Page ops, String announcedOn) {
        Browser.button(ops, "Import the supply change announced " + announcedOn).click();
        ops.waitForURL(u -> u.contains("/console/demo?message="), new Page.WaitForURLOptions().setTimeout(180_000));
    }
}
