package com.halowill.partnerhub.app.edi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.notifications.WebhookReceiver;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.orders.ChangeRequests;
import com.halowill.partnerhub.orders.LineStatus;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderQuery;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * An ERP changing its orders in X12: an 860 becomes a change request exactly as the API's, answered at once by a 997
 * and, once decided, by an 865 read back with the tests' own X12 reader.
 */
@QuarkusTest
class X12ChangeTest {

    private static final String X12 = "application/edi-x12";
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    @Inject
    PrivateSupply supply;
    @Inject
    Orders orders;
    @Inject
    ChangeRequests changeRequests;

    private static int control() {
        return ThreadLocalRandom.current().nextInt(1, 999_999_999);
    }

    private static String send(String interchange) {
        String answer = given().auth().oauth2(Tokens.erp("casc")).contentType(X12).accept(X12)
                .body(interchange.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/edi/x12").then()
                .statusCode(200).extract().asString();
        List<String> types = X12Envelope.check(answer);
        assertTrue(!types.isEmpty() && types.stream().allMatch("997"::equals), answer);
        return answer;
    }

    private static String segment(String document, String prefix) {
        return X12Samples.segments(document).stream().filter(s -> s.startsWith(prefix)).findFirst().orElse("");
    }

    private static List<String> segments(String document, String prefix) {
        return X12Samples.segments(document).stream().filter(s -> s.startsWith(prefix)).toList();
    }

    private PurchaseOrder order(String po) {
        return QuarkusTransaction.requiringNew().call(() -> orders.list(new OrderQuery(new DistributorCode("CASC"),
                null, po, null, 10, null)).items().stream().findFirst().orElseThrow());
    }

    /** An order of two lines (100 and 40 units) placed by X12, as CASC's ERP does. */
    private String placed(PrivateSupply.World w) {
        String po = "XC-" + UUID.randomUUID().toString().substring(0, 8);
        String ack = send(X12Samples.v4010(control(), "CASC", po, "CASC-SEA", List.of(
                new X12Samples.Line("1", "100", w.sku(), PrivateSupply.friday(3)),
                new X12Samples.Line("2", "40", w.sku(), PrivateSupply.friday(4)))));
        assertEquals("AK5*A", segment(ack, "AK5"), ack);
        return po;
    }

    private static JsonPath requests(PurchaseOrder order) {
        return given().auth().oauth2(Tokens.erp("casc")).get("/api/v1/purchase-orders/" + order.id()
                + "/change-requests").then().statusCode(200).extract().jsonPath();
    }

    private static String changeAcknowledgment(PurchaseOrder order, String requestId) {
        String x12 = given().auth().oauth2(Tokens.erp("casc")).accept(X12).get("/api/v1/purchase-orders/"
                + order.id() + "/change-requests/" + requestId).then().statusCode(200).extract().asString();
        assertEquals(List.of("865"), X12Envelope.check(x12), x12);
        return x12;
    }

    @Test
    void an_860_as_an_erp_sends_it_changes_the_order_like_the_api_and_its_865_answers_each_line() {
        PrivateSupply.World w = supply.product("XC", 1, Map.of(2, 1000), 100_000);
        String po = placed(w);
        assertEquals(140, supply.committedUnits(w.sku())[0]);
        String date = PrivateSupply.friday(5).format(CCYYMMDD);
        String interchange = X12Samples.change(control(), "CASC", List.of(
                "BCH*04*SA*" + po + "**1*20261129",
                "CUR*BY*USD",
                "REF*CT*4600001234",
                "PER*BD*Jane Planner*TE*+1 206 555 0100",
                "ITD*01*3*2**30**45",
                "DTM*004*20261201",
                "TD5*B*2*FDEG*M*FedEx Ground",
                "N9*L1**Change notes",
                "MSG*Fewer of line 1, a week later; drop line 2",
                "N1*ST*Receiving dock*92*CASC-SEA",
                "POC*1*CA*60*100*EA*1250.00*PE*VP*" + w.sku(),
                "DTM*002*" + date,
                "POC*2*DI*0*40*EA",
                "CTT*2"));
        String ack = send(interchange);
        assertEquals("AK1*PC*" + segment(interchange, "GS").split("\\*")[6], segment(ack, "AK1"), ack);
        assertEquals("AK5*A", segment(ack, "AK5"), "every segment of a real 860 is read or kept: " + ack);

        PurchaseOrder order = order(po);
        assertEquals(List.of(60, 40), order.lines().stream().map(OrderLine::quantity).toList());
        assertEquals(PrivateSupply.friday(5), order.lines().get(0).requestedDate(), "the line's DTM*002");
        assertEquals(LineStatus.CANCELLED, order.lines().get(1).status(), "DI cancels the line");
        assertEquals(60, supply.committedUnits(w.sku())[0], "the change holds 60 units and releases the rest");
        JsonPath requests = requests(order);
        assertEquals(1, requests.getList("$").size());
        assertEquals("ACCEPTED", requests.getString("[0].state"));
        assertEquals("Fewer of line 1, a week later; drop line 2", requests.getString("[0].note"));

        String x865 = changeAcknowledgment(order, requests.getString("[0].id"));
        assertEquals("BCA*00*AD*" + po + "***" + order.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                .format(CCYYMMDD) + "*" + requests.getString("[0].id"), segment(x865, "BCA"), x865);
        assertEquals(List.of("POC*1*CA*60**EA***VP*" + w.sku(), "POC*2*DI******VP*" + w.sku()), segments(x865, "POC"));
        assertEquals(List.of("ACK*IA*60*EA*068*" + order.lines().get(0).commitments().get(0).shipDate()
                .format(CCYYMMDD), "ACK*ID*40*EA"), segments(x865, "ACK"), x865);
        assertEquals("CTT*2", segment(x865, "CTT"));

        assertEquals("AK5*A", segment(send(interchange), "AK5"), "the resend is acknowledged again");
        assertEquals(1, requests(order).getList("$").size(), "and changes nothing twice");
        assertEquals(60, supply.committedUnits(w.sku())[0]);
    }

    @Test
    void one_interchange_may_carry_new_orders_and_several_changes_each_read_by_its_own_schema() {
        PrivateSupply.World w = supply.product("XM", 1, Map.of(2, 1000), 100_000);
        String first = placed(w);
        String second = placed(w);
        String po = "XM-" + UUID.randomUUID().toString().substring(0, 8);
        int control = control();
        String order = X12Samples.v4010(control, "CASC", po, "CASC-SEA", List.of(
                new X12Samples.Line("1", "25", w.sku(), PrivateSupply.friday(3))));
        String change = X12Samples.change(control, "CASC", List.of("BCH*04*SA*" + first + "**1*20261129",
                "POC*2*DI*0*40*EA"));
        String one = change.substring(change.indexOf("ST*"), change.indexOf("GE*"));
        String two = one.replace("ST*860*0001", "ST*860*0002").replace("*0001~", "*0002~")
                .replace(first, second).replace("POC*2*DI*0*40*EA", "POC*1*QD*70*100*EA");
        // the 850's group, then a group of two 860s (StAEDI cannot tell the second one's type: the scan does)
        String both = order.substring(0, order.indexOf("IEA*"))
                + change.substring(change.indexOf("GS*"), change.indexOf("ST*")) + one + two + "GE*2*" + control
                + "~\nIEA*2*" + String.format("%09d", control) + "~\n";
        String ack = send(both);
        assertEquals(List.of("AK1*PO*" + control, "AK1*PC*" + control), segments(ack, "AK1"), ack);
        assertEquals(List.of("AK5*A", "AK5*A", "AK5*A"), segments(ack, "AK5"), ack);
        assertEquals(List.of(25), order(po).lines().stream().map(OrderLine::quantity).toList());
        assertEquals(LineStatus.CANCELLED, order(first).lines().get(1).status());
        assertEquals(70, order(second).lines().get(0).quantity());
        assertEquals(100 + 70 + 40 + 25, supply.committedUnits(w.sku())[0]);
    }

    @Test
    void the_865_is_pushed_when_a_change_is_answered_and_again_when_ops_decide() throws Exception {
        try (WebhookReceiver erp = new WebhookReceiver()) {
            given().auth().oauth2(Tokens.user("casc-admin")).contentType(io.restassured.http.ContentType.JSON)
                    .body(Map.of("url", erp.url("/x865"), "events", List.of("x12.865"))).post("/api/v1/webhooks")
                    .then().statusCode(201);
            PrivateSupply.World w = supply.product("XK", 1, Map.of(2, 1000), 100_000);
            String po = placed(w);
            send(X12Samples.change(control(), "CASC", List.of("BCH*04*SA*" + po + "**1*20261129",
                    "POC*2*DI*0*40*EA")));
            send(X12Samples.change(control(), "CASC", List.of("BCH*04*SA*" + po + "**2*20261129",
                    "POC*1*QI*5000*100*EA")));
            List<WebhookReceiver.Received> answers = erp.await("/x865", "x12.865", 2, java.time.Duration.ofSeconds(15));
            assertEquals(2, answers.size(), "one 865 per change, as it was answered");
            answers.forEach(a -> assertEquals(List.of("865"), X12Envelope.check(a.body()), a.body()));
            assertTrue(answers.stream().anyMatch(a -> segments(a.body(), "ACK").equals(List.of("ACK*ID*40*EA"))));
            assertTrue(answers.stream().anyMatch(a -> segments(a.body(), "ACK").equals(List.of("ACK*IH*5000*EA"))),
                    "the increase waits for ops: on hold");

            PurchaseOrder order = order(po);
            String waiting = requests(order).getString("find { it.state == 'PENDING_REVIEW' }.id");
            changeRequests.reject(UUID.fromString(waiting), "ops-planner", "no supply this quarter");
            List<WebhookReceiver.Received> all = erp.await("/x865", "x12.865", 3, java.time.Duration.ofSeconds(15));
            WebhookReceiver.Received decided = all.stream().filter(a -> segments(a.body(), "ACK")
                    .equals(List.of("ACK*IR*5000*EA"))).findFirst().orElseThrow(() -> new AssertionError(all));
            assertTrue(segment(decided.body(), "BCA").startsWith("BCA*00*RD*" + po), decided.body());
        }
    }

    @Test
    void an_increase_the_engine_cannot_promise_waits_for_ops_and_its_865_says_on_hold() {
        PrivateSupply.World w = supply.product("XH", 1, Map.of(2, 1000), 100_000);
        String po = placed(w);
        String ack = send(X12Samples.change(control(), "CASC", List.of(
                "BCH*04*SA*" + po + "**2*20261129",
                "POC*1*QI*5000*100*EA")));
        assertEquals("AK5*A", segment(ack, "AK5"), ack);
        PurchaseOrder order = order(po);
        JsonPath requests = requests(order);
        assertEquals("PENDING_REVIEW", requests.getString("[0].state"));
        assertEquals(100, order.lines().get(0).quantity(), "nothing changes before ops decide");
        String x865 = changeAcknowledgment(order, requests.getString("[0].id"));
        assertTrue(segment(x865, "BCA").startsWith("BCA*00*AC*" + po), x865);
        assertEquals(List.of("POC*1*QI*5000**EA***VP*" + w.sku()), segments(x865, "POC"));
        assertEquals(List.of("ACK*IH*5000*EA"), segments(x865, "ACK"), x865);
    }

    @Test
    void bch01_01_cancels_every_line_not_shipped() {
        PrivateSupply.World w = supply.product("XD", 1, Map.of(2, 1000), 100_000);
        String po = placed(w);
        String ack = send(X12Samples.change(control(), "CASC", List.of("BCH*01*SA*" + po + "**3*20261129")));
        assertEquals("AK5*A", segment(ack, "AK5"), ack);
        PurchaseOrder order = order(po);
        assertEquals(List.of(LineStatus.CANCELLED, LineStatus.CANCELLED),
                order.lines().stream().map(OrderLine::status).toList());
        assertEquals(0, supply.committedUnits(w.sku())[0]);
        String x865 = changeAcknowledgment(order, requests(order).getString("[0].id"));
        assertEquals(List.of("ACK*ID*100*EA", "ACK*ID*40*EA"), segments(x865, "ACK"), x865);
    }

    @Test
    void an_860_for_an_unknown_order_or_line_or_with_a_price_change_is_rejected_on_its_element_and_changes_nothing() {
        PrivateSupply.World w = supply.product("XR", 1, Map.of(2, 1000), 100_000);
        String po = placed(w);
        PurchaseOrder before = order(po);

        String unknown = send(X12Samples.change(control(), "CASC", List.of("BCH*04*SA*NO-SUCH-PO**1*20261129",
                "POC*1*QD*50*100*EA")));
        assertEquals("AK5*R*5", segment(unknown, "AK5"), unknown);
        assertEquals("AK3*BCH*2**8", segment(unknown, "AK3"), unknown);
        assertEquals("AK4*3*324*7*NO-SUCH-PO", segment(unknown, "AK4"), unknown);

        String wrong = send(X12Samples.change(control(), "CASC", List.of("BCH*04*SA*" + po + "**1*20261129",
                "POC*9*QD*50*100*EA",
                "POC*1*PC*100*100*EA*999.00",
                "POC*2*QD**40*EA")));
        assertEquals("AK5*R*5", segment(wrong, "AK5"), wrong);
        assertEquals(List.of("AK3*POC*3**8", "AK3*POC*4**8", "AK3*POC*5**8"),
                segments(wrong, "AK3"), wrong);
        assertEquals(List.of("AK4*1*350*7*9", "AK4*2*670*7*PC", "AK4*3*330*1"), segments(wrong, "AK4"), wrong);

        assertEquals(0, requests(before).getList("$").size(), "no change request was made");
        PurchaseOrder after = order(po);
        assertEquals(before.lines(), after.lines(), "the order is as it was");
        assertEquals(140, supply.committedUnits(w.sku())[0]);
    }
}
