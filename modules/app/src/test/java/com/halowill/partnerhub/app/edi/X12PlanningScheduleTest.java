package com.halowill.partnerhub.app.edi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * An ERP sending its planning schedule in X12: an 830 is acknowledged by a 997 and kept as the distributor's forecast,
 * per product and period, firm or for planning, holding no supply; only the distributor reads it back.
 */
@QuarkusTest
class X12PlanningScheduleTest {

    private static final String X12 = "application/edi-x12";

    @Inject
    PrivateSupply supply;

    private static int control() {
        return ThreadLocalRandom.current().nextInt(1, 999_999_999);
    }

    private static String send(String erp, String interchange) {
        String answer = given().auth().oauth2(Tokens.erp(erp)).contentType(X12).accept(X12)
                .body(interchange.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/edi/x12").then()
                .statusCode(200).extract().asString();
        assertEquals(List.of("997"), X12Envelope.check(answer), answer);
        return answer;
    }

    private static List<String> segments(String document, String prefix) {
        return X12Samples.segments(document).stream().filter(s -> s.startsWith(prefix)).toList();
    }

    private static JsonPath schedules(String erp) {
        return given().auth().oauth2(Tokens.erp(erp)).get("/api/v1/planning-schedules").then().statusCode(200)
                .extract().jsonPath();
    }

    private static int kept(String erp, String reference) {
        return schedules(erp).getList("findAll { it.reference == '" + reference + "' }").size();
    }

    @Test
    void an_830_as_an_erp_sends_it_is_kept_as_the_distributors_forecast_and_holds_nothing() {
        PrivateSupply.World w = supply.product("XF", 1, Map.of(2, 1000), 100_000);
        int[] before = supply.committedUnits(w.sku());
        String reference = "FC-" + UUID.randomUUID().toString().substring(0, 8);
        String interchange = X12Samples.planningSchedule(control(), "CASC", List.of(
                "BFR*05*" + reference + "**DL*A*20261207*20270307*20261206",
                "REF*CT*4600001234",
                "PER*SC*Sam Scheduler*TE*+1 206 555 0101",
                "N1*ST*Receiving dock*92*CASC-SEA",
                "N3*1200 Harbor Way",
                "N4*Seattle*WA*98101*US",
                "LIN**VP*" + w.sku() + "*BP*MAT-800-DR8",
                "UIT*EA",
                "PID*F****800G transceiver",
                "REF*DK*DOCK-7",
                "FST*100*C*W*20261207",
                "FST*150*D*W*20261214",
                "FST*400*D*M*20270101",
                "FST*90*D*F*20270201*20270210",
                "SHP*01*2500*050*20261101",
                "CTT*1*740"));
        String ack = send("casc", interchange);
        assertEquals(List.of("AK5*A"), segments(ack, "AK5"), "every segment of a real 830 is read or kept: " + ack);
        assertTrue(segments(ack, "AK1").get(0).startsWith("AK1*PS*"), ack);

        JsonPath all = schedules("casc");
        Map<String, Object> mine = all.getMap("find { it.reference == '" + reference + "' }");
        assertEquals("2026-12-07", mine.get("horizonStart"));
        assertEquals("2027-03-07", mine.get("horizonEnd"));
        assertEquals(List.of(
                Map.of("sku", w.sku(), "firm", true, "periodStart", "2026-12-07", "periodEnd", "2026-12-13",
                        "quantity", 100),
                Map.of("sku", w.sku(), "firm", false, "periodStart", "2026-12-14", "periodEnd", "2026-12-20",
                        "quantity", 150),
                Map.of("sku", w.sku(), "firm", false, "periodStart", "2027-01-01", "periodEnd", "2027-01-31",
                        "quantity", 400),
                Map.of("sku", w.sku(), "firm", false, "periodStart", "2027-02-01", "periodEnd", "2027-02-10",
                        "quantity", 90)), mine.get("lines"), "a week, a week, a month, an interval");
        assertArrayEquals(before, supply.committedUnits(w.sku()), "a forecast holds no supply");

        send("casc", interchange);
        assertEquals(1, kept("casc", reference), "the resend is acknowledged again and kept once");
        assertEquals(0, kept("nwos", reference), "another distributor never reads it");
    }

    @Test
    void cumulative_quantities_unknown_products_and_partial_units_are_refused_on_their_element_and_nothing_is_kept() {
        String reference = "FC-" + UUID.randomUUID().toString().substring(0, 8);
        String ack = send("casc", X12Samples.planningSchedule(control(), "CASC", List.of(
                "BFR*05*" + reference + "**DL*C*20261207*20270307*20261206",
                "LIN**VP*NO-SUCH-SKU",
                "FST*100*C*W*20261207",
                "LIN**VP*HW-OSFP-800G-DR8",
                "FST*10.5*D*W*20261214",
                "CTT*2")));
        assertEquals(List.of("AK5*R*5"), segments(ack, "AK5"), ack);
        assertEquals(List.of("AK3*BFR*2**8", "AK3*LIN*3**8", "AK3*FST*6**8"), segments(ack, "AK3"), ack);
        assertEquals(List.of("AK4*5*676*7*C", "AK4*3*234*7*NO-SUCH-SKU", "AK4*1*380*7*10.5"), segments(ack, "AK4"),
                ack);
        assertEquals(0, kept("casc", reference));
    }
}
