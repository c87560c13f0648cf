package com.halowill.partnerhub.app.edi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.RefusedInserts;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRequest;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderQuery;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.orders.X12Profile;
import com.halowill.partnerhub.orders.X12Profiles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * An ERP speaking X12: an 850 becomes an order exactly as JSON would (channel EDI), answered by a 997 that accepts
 * it or points at every bad segment and element; the 855 and 856 come back in X12.
 */
@QuarkusTest
class X12IntakeTest {

    private static final String X12 = "application/edi-x12";

    @Inject
    PrivateSupply supply;
    @Inject
    Orders orders;
    @Inject
    Promises promises;
    @Inject
    Shipments shipments;
    @Inject
    X12Profiles profiles;
    @Inject
    io.agroal.api.AgroalDataSource db;

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int control() {
        return ThreadLocalRandom.current().nextInt(1, 999_999_999);
    }

    /** Sends an interchange; every answer is checked by the tests' own X12 reader (a 997, or a TA1 when refused). */
    private static String send(String erp, String interchange, int status) {
        String answer = given().auth().oauth2(Tokens.erp(erp)).contentType(X12).accept(X12).body(bytes(interchange))
                .post("/api/v1/edi/x12").then().statusCode(status).extract().asString();
        List<String> types = X12Envelope.check(answer);
        assertTrue(status == 200 ? !types.isEmpty() && types.stream().allMatch("997"::equals)
                : types.equals(List.of("TA1")), "answered " + types + ": " + answer);
        return answer;
    }

    private Optional<PurchaseOrder> order(String distributor, String po) {
        return QuarkusTransaction.requiringNew().call(() -> orders.list(
                new OrderQuery(new DistributorCode(distributor), null, po, null,
                10, null)).items().stream().findFirst());
    }

    private static String segment(String document, String prefix) {
        return X12Samples.segments(document).stream().filter(s -> s.startsWith(prefix)).findFirst().orElse("");
    }

    @Test
    void an_850_in_004010_becomes_an_order_like_json_and_a_resend_makes_no_second_one() {
        PrivateSupply.World w = supply.product("X4", 1, Map.of(2, 1000), 100_000);
        String po = "X4-" + UUID.randomUUID().toString().substring(0, 8);
        String interchange = X12Samples.v4010(control(), "CASC", po, "CASC-SEA", List.of(
                new X12Samples.Line("1", "100", w.sku(), PrivateSupply.friday(3)),
                new X12Samples.Line("2", "40", w.sku(), PrivateSupply.friday(4))));
        String ack = send("casc", interchange, 200);
        assertTrue(ack.startsWith("ISA*"), ack);
        assertEquals("AK5*A", segment(ack, "AK5"), ack);
        assertEquals("AK9*A*1*1*1", segment(ack, "AK9"), ack);
        PurchaseOrder order = order("CASC", po).orElseThrow();
        assertEquals("EDI", order.channel().name());
        assertEquals("CASC-SEA", order.shipTo());
        assertEquals(List.of(100, 40), order.lines().stream().map(OrderLine::quantity).toList());
        assertEquals(PrivateSupply.friday(4), order.lines().get(1).requestedDate());
        assertEquals(140, supply.committedUnits(w.sku())[0], "both lines hold supply at intake, as over JSON");

        assertEquals("AK5*A", segment(send("casc", interchange, 200), "AK5"), "the resend is acknowledged again");
        assertEquals(140, supply.committedUnits(w.sku())[0], "and makes no second order");
    }

    @Test
    void an_order_whose_x12_parties_cannot_be_kept_is_not_taken_and_its_resend_is_taken_whole() throws Exception {
        PrivateSupply.World w = supply.product("XP", 1, Map.of(2, 1000), 100_000);
        String po = "XP-" + UUID.randomUUID().toString().substring(0, 8);
        String interchange = X12Samples.v4010(control(), "CASC", po, "CASC-SEA", List.of(
                new X12Samples.Line("1", "70", w.sku(), PrivateSupply.friday(3))));
        try (RefusedInserts refused = RefusedInserts.into(db, "api.x12_order_partner",
                "strpos(new.received, '" + po + "') > 0")) {
            int status = given().auth().oauth2(Tokens.erp("casc")).contentType(X12).accept(X12)
                    .body(bytes(interchange)).post("/api/v1/edi/x12").statusCode();
            assertEquals(500, status, "the ERP is told the interchange was not taken");
            assertTrue(order("CASC", po).isEmpty(), "no order whose 855 and 856 would not know where to go");
            assertEquals(0, supply.committedUnits(w.sku())[0], "and no supply held for it");
        }
        assertEquals("AK5*A", segment(send("casc", interchange, 200), "AK5"), "the resend is taken");
        PurchaseOrder order = order("CASC", po).orElseThrow();
        assertEquals(70, supply.committedUnits(w.sku())[0]);
        assertEquals(1, partnerRows(order.id().value()), "with the parties it came from");
    }

    private int partnerRows(UUID orderId) throws java.sql.SQLException {
        try (java.sql.Connection c = db.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "select count(*) from api.x12_order_partner where order_id = ?")) {
            ps.setObject(1, orderId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void an_850_as_sap_sends_it_with_terms_carrier_notes_and_a_schedule_becomes_one_order_line_per_date() {
        PrivateSupply.World w = supply.product("XS", 1, Map.of(2, 1000), 100_000);
        String po = "XS-" + UUID.randomUUID().toString().substring(0, 8);
        String ack = send("casc", X12Samples.sapStyle(control(), "123456789", po, "CASC-SEA", w.sku(), 30,
                PrivateSupply.friday(3), 20, PrivateSupply.friday(5)), 200);
        assertEquals("AK5*A", segment(ack, "AK5"), "no segment of a real 850 is a reason to refuse it: " + ack);
        assertEquals("AK9*A*1*1*1", segment(ack, "AK9"), ack);
        PurchaseOrder order = order("CASC", po).orElseThrow();
        assertEquals("CASC-SEA", order.shipTo(), "the ship-to comes from N1*ST, not from the bill-to");
        assertEquals(List.of(10001, 10002), order.lines().stream().map(OrderLine::lineNumber).toList(),
                "PO1 00010 scheduled for two dates is two lines, one per SCH, in the order sent");
        assertEquals(List.of(20, 30), order.lines().stream().map(OrderLine::quantity).toList());
        assertEquals(List.of(PrivateSupply.friday(5), PrivateSupply.friday(3)),
                order.lines().stream().map(OrderLine::requestedDate).toList(), "each requested for its own date");
        assertEquals(List.of("00010", "00010"), order.lines().stream().map(OrderLine::buyerLine).toList());
        assertEquals(w.sku(), order.lines().get(0).sku().value(), "the vendor's part number, not the buyer's");
        assertEquals(List.of("MAT-800-DR8", "MAT-800-DR8"), order.lines().stream().map(OrderLine::buyerPart).toList(),
                "the buyer's part number is kept");
        String kept = given().auth().oauth2(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + order.id() + "/x12")
                .then().statusCode(200).extract().asString();
        for (String segment : List.of("ST*850*", "FOB*PP*ZZ*Incoterms FCA", "ITD*", "TD5*", "MSG*", "SCH*", "SE*")) {
            assertTrue(kept.contains(segment), "the 850 is kept as received, " + segment + " included: " + kept);
        }
        given().auth().oauth2(Tokens.erp("mapl")).get("/api/v1/purchase-orders/" + order.id() + "/x12").then()
                .statusCode(404);
        assertEquals(50, supply.committedUnits(w.sku())[0], "both dates hold supply at intake");

        String ack855 = given().auth().oauth2(Tokens.erp("casc")).accept(X12)
                .get("/api/v1/purchase-orders/" + order.id() + "/acknowledgment").then().statusCode(200)
                .extract().asString();
        assertEquals(List.of("855"), X12Envelope.check(ack855));
        List<String> segs = X12Samples.segments(ack855);
        assertEquals(1, segs.stream().filter(x -> x.startsWith("PO1*")).count(), "one PO1 for the buyer's line: "
                + ack855);
        assertTrue(segment(ack855, "PO1").startsWith("PO1*00010*50*EA*"), "line 00010 as sent, all 50: " + ack855);
        assertTrue(segment(ack855, "PO1").endsWith("*VP*" + w.sku() + "*BP*MAT-800-DR8"),
                "HaloWill's part number and the buyer's own, echoed: " + ack855);
        assertEquals(2, segs.stream().filter(x -> x.startsWith("ACK*")).count(), "one ACK per date: " + ack855);
        assertTrue(segs.get(0).contains("*01*123456789      *"), "the 855 goes to the ISA party the 850 came from,"
                + " not to the distributor's code: " + segs.get(0));
        assertTrue(segment(ack855, "GS*PR*").startsWith("GS*PR*HALOWILL*SAPERP*"), "and to its GS id: " + ack855);
        assertEquals(List.of("REF*CT*4600001234"), segs.stream().filter(x -> x.startsWith("REF*")).toList(),
                "the contract number the 850 named (REF*CT, not its REF*IA) comes back on the 855: " + ack855);
    }

    @Test
    void an_850_with_every_segment_the_850_defines_at_header_and_line_level_is_taken() {
        PrivateSupply.World w = supply.product("XE", 1, Map.of(2, 1000), 100_000);
        String po = "XE-" + UUID.randomUUID().toString().substring(0, 8);
        String ack = send("casc", X12Samples.everySegment(control(), "CASC", po, "CASC-SEA", w.sku(), 40,
                PrivateSupply.friday(3)), 200);
        assertEquals("AK5|A", X12Samples.segments(ack).stream().filter(s -> s.startsWith("AK5")).findFirst()
                .orElse(""), "no segment of the 850 is a reason to refuse it: " + ack);
        PurchaseOrder order = order("CASC", po).orElseThrow();
        assertEquals("CASC-SEA", order.shipTo());
        assertEquals(List.of(40), order.lines().stream().map(OrderLine::quantity).toList());
        assertEquals(PrivateSupply.friday(3), order.lines().get(0).requestedDate());
        assertEquals("ORA-ITEM-1", order.lines().get(0).buyerPart());
    }

    @Test
    void a_schedule_that_does_not_add_up_to_the_line_is_refused_on_its_sch() {
        PrivateSupply.World w = supply.product("XT", 1, Map.of(2, 1000), 100_000);
        String po = "XT-" + UUID.randomUUID().toString().substring(0, 8);
        String interchange = X12Samples.sapStyle(control(), "123456789", po, "CASC-SEA", w.sku(), 30,
                PrivateSupply.friday(3), 20, PrivateSupply.friday(5)).replace("PO1*00010*50*", "PO1*00010*60*");
        String ack = send("casc", interchange, 200);
        assertTrue(segment(ack, "AK5").startsWith("AK5*R"), ack);
        assertTrue(segment(ack, "AK3").startsWith("AK3*SCH*"), ack);
        assertTrue(segment(ack, "AK4").startsWith("AK4*1*380*7*20"), ack);
        assertTrue(order("CASC", po).isEmpty(), "a refused 850 makes no order");
    }

    @Test
    void an_850_in_005010_with_other_separators_is_read_by_what_its_isa_declares() {
        PrivateSupply.World w = supply.product("X5", 1, Map.of(2, 1000), 100_000);
        String po = "X5-" + UUID.randomUUID().toString().substring(0, 8);
        String ack = send("prdc", X12Samples.v5010(control(), "PRDC", po, "PRDC-DSM", List.of(
                new X12Samples.Line("1", "25", w.sku(), PrivateSupply.friday(3)))), 200);
        assertTrue(ack.startsWith("ISA|"), "the 997 uses the sender's separators: " + ack);
        assertEquals("AK5|A", segment(ack, "AK5"), ack);
        assertEquals(25, order("PRDC", po).orElseThrow().lines().get(0).quantity());
    }

    @Test
    void content_errors_reach_the_997_with_segment_and_element_and_make_no_order() {
        PrivateSupply.World w = supply.product("XE", 1, Map.of(2, 1000), 100_000);
        String po = "XE-" + UUID.randomUUID().toString().substring(0, 8);
        String letter = X12Samples.v4010(control(), "CASC", po, "CASC-SEA", List.of(
                new X12Samples.Line("1", "1O", w.sku(), PrivateSupply.friday(3))));
        String ack = send("casc", letter, 200);
        assertEquals("AK3*PO1*5**8", segment(ack, "AK3"), ack);
        assertTrue(segment(ack, "AK4").startsWith("AK4*2*330*6"), ack);
        assertEquals("AK5*R*5", segment(ack, "AK5"), ack);

        String unknown = X12Samples.v4010(control(), "CASC", po, "CASC-SEA", List.of(
                new X12Samples.Line("1", "10", w.sku(), PrivateSupply.friday(3)),
                new X12Samples.Line("2", "10", "HW-NO-SUCH-PART", PrivateSupply.friday(3))));
        ack = send("casc", unknown, 200);
        assertEquals("AK3*PO1*7**8", segment(ack, "AK3"), "the second PO1 is segment 7: " + ack);
        assertTrue(segment(ack, "AK4").startsWith("AK4*7*234*7*HW-NO-SUCH-PART"), ack);
        assertEquals("AK5*R*5", segment(ack, "AK5"), ack);

        String foreignShipTo = X12Samples.v4010(control(), "CASC", po, "NWOS-ASH", List.of(
                new X12Samples.Line("1", "10", w.sku(), PrivateSupply.friday(3))));
        ack = send("casc", foreignShipTo, 200);
        assertEquals("AK3*N1*4**8", segment(ack, "AK3"), ack);
        assertTrue(segment(ack, "AK4").startsWith("AK4*4*67*7*NWOS-ASH"), ack);
        assertTrue(order("CASC", po).isEmpty(), "no order from a rejected 850");
        assertEquals(0, supply.committedUnits(w.sku())[0]);
    }

    @Test
    void an_unreadable_interchange_is_a_problem_not_an_order_and_never_a_500() {
        given().auth().oauth2(Tokens.erp("casc")).contentType(X12).body(bytes("hello, this is not X12"))
                .post("/api/v1/edi/x12").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", org.hamcrest.Matchers.endsWith("malformed-interchange"));
        String valid = X12Samples.v4010(control(), "CASC", "XT-1", "CASC-SEA", List.of(
                new X12Samples.Line("1", "10", "HW-OSFP-800G-DR8", PrivateSupply.friday(3))));
        given().auth().oauth2(Tokens.erp("casc")).contentType(X12).body(bytes(valid.substring(0, valid.indexOf("PO1"))))
                .post("/api/v1/edi/x12").then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(Tokens.erp("casc")).contentType(X12).body(bytes(valid.replace("IEA*1*", "IEA*2*")))
                .post("/api/v1/edi/x12").then().statusCode(400).body("detail", org.hamcrest.Matchers
                        .containsString("envelope"));
        // The same broken envelope from a sender that asks for interchange acknowledgments (ISA14 1): a TA1.
        String ta1 = given().auth().oauth2(Tokens.erp("casc")).contentType(X12)
                .body(bytes(valid.replaceFirst("\\*0\\*P\\*", "*1*P*").replace("IEA*1*", "IEA*2*")))
                .post("/api/v1/edi/x12").then().statusCode(400).contentType(startsWith(X12)).extract().asString();
        assertEquals(List.of("TA1"), X12Envelope.check(ta1));
        List<String> ta1Segs = X12Samples.segments(ta1);
        assertTrue(ta1Segs.get(1).matches("TA1\\*\\d{9}\\*261129\\*1200\\*R\\*021"),
                "rejected, the group count is wrong: " + ta1);
        assertTrue(order("CASC", "XT-1").isEmpty());
        // An ISA with an invalid element, from a sender asking for a TA1: the TA1 names the element's note code.
        String asking = valid.replaceFirst("\\*0\\*P\\*", "*1*P*");
        for (var bad : Map.of("ISA*00*", Map.entry("ISA*99*", "010"), "*1*P*", Map.entry("*1*X*", "020"))
                .entrySet()) {
            String refused = given().auth().oauth2(Tokens.erp("casc")).contentType(X12)
                    .body(bytes(asking.replace(bad.getKey(), bad.getValue().getKey()))).post("/api/v1/edi/x12").then()
                    .statusCode(400).extract().asString();
            assertTrue(refused.startsWith("ISA"), bad + " is answered with a TA1: " + refused);
            assertEquals(List.of("TA1"), X12Envelope.check(refused));
            assertTrue(X12Samples.segments(refused).get(1).matches("TA1\\*\\d{9}\\*\\d{6}\\*1200\\*R\\*"
                    + bad.getValue().getValue()), bad + ": " + refused);
        }
        // Without ISA14 1, or with a date a TA1 could not echo, a problem.
        for (String unanswerable : List.of(valid.replace("*0*P*", "*0*X*"), asking.replace("*261129*1200*",
                "*261399*1200*"))) {
            given().auth().oauth2(Tokens.erp("casc")).contentType(X12).body(bytes(unanswerable)).post("/api/v1/edi/x12")
                    .then().statusCode(400).contentType(startsWith("application/problem+json"));
        }
        assertTrue(order("CASC", "XT-1").isEmpty());
        given().contentType(X12).body(bytes(valid)).post("/api/v1/edi/x12").then().statusCode(401);
        given().auth().oauth2(Tokens.user("nwos-viewer")).contentType(X12).body(bytes(valid)).post("/api/v1/edi/x12")
                .then().statusCode(403);
    }

    @Test
    void the_acknowledgment_and_the_ship_notice_come_back_in_x12() {
        PrivateSupply.World w = supply.product("XA", 1, Map.of(6, 1000), 100_000);
        supply.stock(w, "FRE-HUB", 30);
        String po = "XA-" + UUID.randomUUID().toString().substring(0, 8);
        send("mapl", X12Samples.v4010(control(), "MAPL", po, "MAPL-MTL", List.of(
                new X12Samples.Line("1", "30", w.sku(), PrivateSupply.friday(1)),
                new X12Samples.Line("2", "50", w.sku(), PrivateSupply.friday(2)))), 200);
        PurchaseOrder order = order("MAPL", po).orElseThrow();
        List<Commitment> cs = promises.forDemands(order.lines().stream().map(OrderLine::demandRef)
                .toList());
        promises.confirmAll(cs.stream().map(Commitment::id).toList(), "ops-planner");

        String ack855 = given().auth().oauth2(Tokens.erp("mapl")).accept(X12)
                .get("/api/v1/purchase-orders/" + order.id() + "/acknowledgment").then().statusCode(200)
                .contentType(startsWith(X12)).extract().asString();
        assertEquals(List.of("855"), X12Envelope.check(ack855));
        List<String> segs = X12Samples.segments(ack855);
        assertTrue(segs.contains("ST*855*0001"), ack855);
        assertTrue(segs.stream().noneMatch(x -> x.startsWith("REF*")), "no contract named, none echoed: " + ack855);
        assertTrue(segment(ack855, "BAK").startsWith("BAK*00*AC*" + po), "line 2 ships late: " + ack855);
        assertTrue(segs.stream().anyMatch(s -> s.startsWith("ACK*IA*30*EA*068*")), ack855);
        assertTrue(segs.stream().anyMatch(s -> s.startsWith("ACK*DR*50*EA*068*")), ack855);
        given().auth().oauth2(Tokens.erp("mapl")).get("/api/v1/purchase-orders/" + order.id() + "/acknowledgment")
                .then().statusCode(200).contentType(startsWith("application/json"));
        given().auth().oauth2(Tokens.erp("casc")).accept(X12)
                .get("/api/v1/purchase-orders/" + order.id() + "/acknowledgment").then().statusCode(404);

        Commitment first = cs.stream().filter(c -> c.quantity() == 30).findFirst().orElseThrow();
        shipments.record(new ShipmentRequest(new DistributorCode("MAPL"), order.id().toString(), null, "UPS", "1Z999",
                List.of(
                new ShipmentLine(first.demandRef(), 30))), "ops-planner");
        String shipmentId = given().auth().oauth2(Tokens.erp("mapl"))
                .get("/api/v1/purchase-orders/" + order.id() + "/shipments").then().statusCode(200)
                .body("[0].tracking", equalTo("1Z999"), "[0].lines[0].quantity", equalTo(30))
                .extract().path("[0].id");
        String asn = given().auth().oauth2(Tokens.erp("mapl")).accept(X12)
                .get("/api/v1/purchase-orders/" + order.id() + "/shipments/" + shipmentId).then().statusCode(200)
                .extract().asString();
        assertEquals(List.of("856"), X12Envelope.check(asn));
        List<String> asnSegs = X12Samples.segments(asn);
        assertTrue(asnSegs.contains("ST*856*0001"), asn);
        assertTrue(asnSegs.contains("PRF*" + po), asn);
        assertTrue(asnSegs.contains("REF*CN*1Z999"), asn);
        assertTrue(asnSegs.stream().anyMatch(s -> s.startsWith("HL*1**S")), asn);
        assertTrue(asnSegs.stream().anyMatch(s -> s.startsWith("SN1**30*EA")), asn);
        assertTrue(asnSegs.stream().anyMatch(s -> s.startsWith("LIN*1*VP*" + w.sku())), asn);
    }

    @Test
    void with_a_trading_partner_profile_only_its_party_orders_and_the_answers_go_to_it_in_its_syntax() {
        DistributorCode nwos = new DistributorCode("NWOS");
        profiles.save(new X12Profile(new DistributorCode("NWOS"), "ZZ", "NWOSVAN", "NWOSERP", "005010", '|', ':', '!',
                null, null), "ops-admin");
        try {
            PrivateSupply.World w = supply.product("XP", 1, Map.of(4, 1000), 100_000);
            String refusedPo = "XP-" + UUID.randomUUID().toString().substring(0, 8);
            String ta1 = send("nwos", X12Samples.v4010(control(), "NWOS", refusedPo, "NWOS-ASH", List.of(
                    new X12Samples.Line("1", "10", w.sku(), PrivateSupply.friday(4)))), 403);
            assertEquals(List.of("TA1"), X12Envelope.check(ta1));
        List<String> ta1Segs = X12Samples.segments(ta1);
            assertTrue(ta1Segs.get(0).startsWith("ISA*00*          *00*          *ZZ*HALOWILL       *ZZ*NWOS"),
                    "answered to the party that sent it: " + ta1);
            assertTrue(ta1Segs.get(1).matches("TA1\\*\\d{9}\\*\\d{6}\\*\\d{4}\\*R\\*006"),
                    "interchange rejected, invalid sender id: " + ta1);
            assertTrue(ta1Segs.get(2).startsWith("IEA*0*"), ta1);
            assertTrue(order("NWOS", refusedPo).isEmpty(), "nothing was ordered");

            String po = "XP-" + UUID.randomUUID().toString().substring(0, 8);
            String ack997 = send("nwos", X12Samples.v4010(control(), "NWOSVAN", po, "NWOS-ASH", List.of(
                    new X12Samples.Line("1", "10", w.sku(), PrivateSupply.friday(4)))), 200);
            assertTrue(ack997.contains("AK9*A*1*1*1"), ack997);
            assertEquals(403, given().auth().oauth2(Tokens.erp("casc")).contentType(X12).accept(X12)
                    .body(bytes(X12Samples.v4010(control(), "NWOSVAN", "XP-THEIRS", "CASC-SEA", List.of(
                            new X12Samples.Line("1", "10", w.sku(), PrivateSupply.friday(4))))))
                    .post("/api/v1/edi/x12").statusCode(), "NWOS's party orders for NWOS only");

            PurchaseOrder order = order("NWOS", po).orElseThrow();
            String ack855 = given().auth().oauth2(Tokens.erp("nwos")).accept(X12)
                    .get("/api/v1/purchase-orders/" + order.id() + "/acknowledgment").then().statusCode(200)
                    .extract().asString();
            assertEquals('!', ack855.charAt(105), "the profile's segment terminator: " + ack855);
            assertEquals(List.of("855"), X12Envelope.check(ack855));
        List<String> segs = X12Samples.segments(ack855);
            assertTrue(segs.get(0).startsWith("ISA|00|          |00|          |ZZ|HALOWILL       |ZZ|NWOSVAN        |")
                    && segs.get(0).contains("|00501|") && segs.get(0).endsWith("|:"), "to the profile's party, in"
                            + " 005010 with its separators: " + segs.get(0));
            assertTrue(segs.get(1).startsWith("GS|PR|HALOWILL|NWOSERP|") && segs.get(1).endsWith("|X|005010"),
                    "to the profile's GS id: " + segs.get(1));
            assertTrue(segs.contains("ST|855|0001"), ack855);
        } finally {
            profiles.remove(nwos);
        }
    }

    @Test
    void a_profile_that_an_isa_could_not_carry_or_that_takes_another_distributors_party_is_refused() {
        profiles.save(new X12Profile(new DistributorCode("PRDC"), "ZZ", "PRDCVAN", "PRDCVAN", "004010", '*', '>', '~',
                null, null), "ops-admin");
        try {
            OrderRejected bad = assertThrows(OrderRejected.class,
                    () -> profiles.save(new X12Profile(new DistributorCode("NWOS"), "Z",
                    "NW*OS", "", "003040", '*', '*', 'A', null, null), "ops-admin"));
            assertEquals(List.of("isaQualifier", "isaId", "groupId", "version", "separators"), bad.errors().stream()
                    .map(f -> f.field()).distinct().toList(), bad.errors().toString());
            OrderRejected taken = assertThrows(OrderRejected.class,
                    () -> profiles.save(new X12Profile(new DistributorCode("NWOS"), "ZZ",
                    "PRDCVAN", "PRDCVAN", "004010", '*', '>', '~', null, null), "ops-admin"));
            assertTrue(taken.errors().get(0).message().contains("PRDC's"), taken.errors().toString());
            assertTrue(profiles.of(new DistributorCode("NWOS")).isEmpty(), "nothing saved for NWOS");
        } finally {
            profiles.remove(new DistributorCode("PRDC"));
        }
    }

    @Test
    void each_purchase_order_of_an_interchange_counts_against_the_rate_limit_and_one_over_it_orders_nothing() {
        String token = given().formParams(Map.of("grant_type", "client_credentials", "client_id", "erp-limited-x12",
                "client_secret", "erp-limited-x12-secret")).post(Tokens.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        PrivateSupply.World w = supply.product("XR", 1, Map.of(4, 1000), 100_000);
        X12Samples.Line line = new X12Samples.Line("1", "5", w.sku(), PrivateSupply.friday(4));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> six = List.of(1, 2, 3, 4, 5, 6).stream().map(i -> "XR-" + tag + "-" + i).toList();
        given().auth().oauth2(token).contentType(X12).accept(X12)
                .body(bytes(X12Samples.manyOrders(control(), "PRDC", six, "PRDC-DSM", line))).post("/api/v1/edi/x12")
                .then().statusCode(429).contentType("application/problem+json");
        assertTrue(six.stream().allMatch(po -> order("PRDC", po).isEmpty()), "six orders over a limit of five: none");
        List<String> four = List.of(7, 8, 9, 10).stream().map(i -> "XR-" + tag + "-" + i).toList();
        String ack = given().auth().oauth2(token).contentType(X12).accept(X12)
                .body(bytes(X12Samples.manyOrders(control(), "PRDC", four, "PRDC-DSM", line))).post("/api/v1/edi/x12")
                .then().statusCode(200).extract().asString();
        assertEquals(List.of("997"), X12Envelope.check(ack));
        assertTrue(ack.contains("AK9*A*4*4*4"), "four orders, each acknowledged: " + ack);
        assertTrue(four.stream().allMatch(po -> order("PRDC", po).isPresent()));
        given().auth().oauth2(token).get("/api/v1/purchase-orders").then().statusCode(429);
    }
}
