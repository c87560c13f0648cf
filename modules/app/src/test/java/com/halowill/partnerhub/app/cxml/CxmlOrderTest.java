package com.halowill.partnerhub.app.cxml;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.notifications.WebhookReceiver;
import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.RefusedInserts;
import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRequest;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.orders.CxmlSenders;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderQuery;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A procurement network sending cXML: an OrderRequest becomes an order exactly as JSON would (channel CXML), answered
 * by a cXML Response; the sender is its credential and shared secret; bad documents get a cXML error status, never a
 * 500, and no external entity is ever read.
 */
@QuarkusTest
class CxmlOrderTest {

    private static final String SECRET = "casc-network-shared-secret-2026";

    @Inject
    CxmlSenders senders;
    @Inject
    PrivateSupply supply;
    @Inject
    Orders orders;
    @Inject
    Promises promises;
    @Inject
    Shipments shipments;
    @Inject
    io.agroal.api.AgroalDataSource db;

    @BeforeEach
    void cascadesNetwork() {
        QuarkusTransaction.requiringNew().run(() -> senders.save(new DistributorCode("CASC"), "NetworkID",
                "AN-CASC-TEST", SECRET, "ops-admin"));
    }

    /** An OrderRequest as a network sends it, with the elements beside the order that Partner Hub does not use. */
    static String orderRequest(String payloadId, String secret, String orderId, String type, String shipTo,
            String sku, int quantity, LocalDate requested) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd">
                <cXML payloadID="%s" timestamp="2026-12-06T10:00:00-08:00" xml:lang="en-US">
                  <Header>
                    <From><Credential domain="NetworkID"><Identity>AN01000000001</Identity></Credential></From>
                    <To><Credential domain="DUNS"><Identity>HALOWILL</Identity></Credential></To>
                    <Sender>
                      <Credential domain="NetworkID"><Identity>AN-CASC-TEST</Identity><SharedSecret>%s</SharedSecret></Credential>
                      <UserAgent>Procurement Network 2026</UserAgent>
                    </Sender>
                  </Header>
                  <Request deploymentMode="production">
                    <OrderRequest>
                      <OrderRequestHeader orderID="%s" orderDate="2026-12-06T10:00:00-08:00" type="%s">
                        <Total><Money currency="USD">37500.00</Money></Total>
                        <ShipTo>
                          <Address addressID="%s" isoCountryCode="US">
                            <Name xml:lang="en">Cascade Seattle warehouse</Name>
                            <PostalAddress name="default">
                              <DeliverTo>Receiving</DeliverTo><Street>4100 6th Ave S</Street><City>Seattle</City>
                              <State>WA</State><PostalCode>98108</PostalCode><Country isoCountryCode="US">United States</Country>
                            </PostalAddress>
                          </Address>
                        </ShipTo>
                        <BillTo><Address addressID="AP-001"><Name xml:lang="en">Accounts payable</Name></Address></BillTo>
                        <Shipping trackingDomain="FedEx"><Money currency="USD">0.00</Money><Description xml:lang="en">Ground</Description></Shipping>
                        <PaymentTerm payInNumberOfDays="45"/>
                        <Contact role="buyer"><Name xml:lang="en">Jane Planner</Name><Email>jane@example.com</Email></Contact>
                        <Comments xml:lang="en">Please ship complete</Comments>
                        <Extrinsic name="CostCenter">4100</Extrinsic>
                      </OrderRequestHeader>
                      <ItemOut quantity="%d" lineNumber="1" requestedDeliveryDate="%sT00:00:00-08:00">
                        <ItemID><SupplierPartID>%s</SupplierPartID><BuyerPartID>MAT-800-DR8</BuyerPartID></ItemID>
                        <ItemDetail>
                          <UnitPrice><Money currency="USD">1250.00</Money></UnitPrice>
                          <Description xml:lang="en">800G transceiver</Description>
                          <UnitOfMeasure>EA</UnitOfMeasure>
                          <Classification domain="UNSPSC">43201553</Classification>
                          <ManufacturerName>HaloWill</ManufacturerName>
                        </ItemDetail>
                        <Distribution>
                          <Accounting name="DistributionCharge"><AccountingSegment id="4100"><Name xml:lang="en">Cost center</Name><Description xml:lang="en">Network ops</Description></AccountingSegment></Accounting>
                          <Charge><Money currency="USD">37500.00</Money></Charge>
                        </Distribution>
                      </ItemOut>
                    </OrderRequest>
                  </Request>
                </cXML>
                """.formatted(payloadId, secret, orderId, type, shipTo, quantity, requested, sku);
    }

    private static ExtractableResponse<Response> send(String document, int status) {
        ExtractableResponse<Response> answer = given().contentType("text/xml; charset=UTF-8")
                .body(document.getBytes(StandardCharsets.UTF_8)).post("/api/v1/cxml").then().statusCode(status)
                .contentType(org.hamcrest.Matchers.startsWith("text/xml")).extract();
        assertEquals(Integer.toString(status), xml(answer).getString("cXML.Response.Status.@code"), answer.asString());
        return answer;
    }

    private static String status(ExtractableResponse<Response> answer) {
        return xml(answer).getString("cXML.Response.Status");
    }

    /** The answer read without its DOCTYPE: the test never fetches a DTD either. */
    private static XmlPath xml(ExtractableResponse<Response> answer) {
        return new XmlPath(answer.asString().replaceFirst("<!DOCTYPE[^>]*>", ""));
    }

    private Optional<PurchaseOrder> order(String po) {
        return QuarkusTransaction.requiringNew().call(() -> orders.list(new OrderQuery(new DistributorCode("CASC"),
                null, po, null, 1, null)).items().stream().findFirst());
    }

    @Test
    void an_order_request_as_a_network_sends_it_becomes_an_order_like_json_and_a_resend_makes_no_second_one() {
        PrivateSupply.World w = supply.product("CX", 1, Map.of(2, 1000), 100_000);
        String po = "CX-" + UUID.randomUUID().toString().substring(0, 8);
        String document = orderRequest(UUID.randomUUID() + "@network", SECRET, po, "new", "CASC-SEA", w.sku(), 30,
                PrivateSupply.friday(3));
        String id = status(send(document, 200));
        PurchaseOrder order = order(po).orElseThrow();
        assertEquals(order.id().toString(), id, "the Status text is the order's id");
        assertEquals("CXML", order.channel().name());
        assertEquals("CASC-SEA", order.shipTo());
        assertEquals("Please ship complete", order.note());
        OrderLine line = order.lines().get(0);
        assertEquals(List.of(30, PrivateSupply.friday(3), "MAT-800-DR8"), List.of(line.quantity(),
                line.requestedDate(), line.buyerPart()));
        assertEquals(30, supply.committedUnits(w.sku())[0], "held at intake, as over JSON");

        assertEquals(id, status(send(document, 200)), "the resent document answers the same order");
        assertEquals(30, supply.committedUnits(w.sku())[0], "and orders nothing twice");
        int[] before = supply.committedUnits(w.sku());
        String other = orderRequest(UUID.randomUUID() + "@network", SECRET, po, "new", "CASC-SEA", w.sku(), 31,
                PrivateSupply.friday(3));
        assertTrue(status(send(other, 409)).contains("already received"));
        assertArrayEquals(before, supply.committedUnits(w.sku()));
    }

    @Test
    void an_order_whose_origin_cannot_be_kept_is_not_taken_and_its_resend_is_taken_whole() throws Exception {
        PrivateSupply.World w = supply.product("CXO", 1, Map.of(2, 1000), 100_000);
        String po = "CXO-" + UUID.randomUUID().toString().substring(0, 8);
        String payload = UUID.randomUUID() + "@network";
        String document = orderRequest(payload, SECRET, po, "new", "CASC-SEA", w.sku(), 25, PrivateSupply.friday(3));
        try (RefusedInserts refused = RefusedInserts.into(db, "api.cxml_order",
                "new.payload_id = '" + payload + "'")) {
            int status = given().contentType("text/xml; charset=UTF-8")
                    .body(document.getBytes(StandardCharsets.UTF_8)).post("/api/v1/cxml").statusCode();
            assertEquals(500, status, "the network is told the order was not taken");
            assertTrue(order(po).isEmpty(), "no order whose confirmation would not know its buyer");
            assertEquals(0, supply.committedUnits(w.sku())[0], "and no supply held for it");
        }
        String id = status(send(document, 200));
        assertEquals(order(po).orElseThrow().id().toString(), id, "the resend is taken");
        assertEquals(25, supply.committedUnits(w.sku())[0]);
    }

    /** A document HaloWill sent, read by a validating parser against the project's cXML DTD (the test's own reader). */
    private static org.w3c.dom.Document validCxml(String xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        javax.xml.parsers.DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver((publicId, systemId) -> new org.xml.sax.InputSource(
                CxmlOrderTest.class.getResourceAsStream("/cxml/cXML.dtd")));
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
                throw e;
            }
        });
        return b.parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String attribute(org.w3c.dom.Document d, String element, String name) {
        return ((org.w3c.dom.Element) d.getElementsByTagName(element).item(0)).getAttribute(name);
    }

    @Test
    void the_buyer_gets_a_confirmation_request_when_its_order_is_acknowledged_and_a_ship_notice_when_it_ships()
            throws Exception {
        try (WebhookReceiver network = new WebhookReceiver()) {
            given().auth().oauth2(Tokens.user("casc-admin")).contentType(io.restassured.http.ContentType.JSON)
                    .body(Map.of("url", network.url("/cxml"), "events", List.of("cxml.confirmation",
                            "cxml.ship-notice"))).post("/api/v1/webhooks").then().statusCode(201);
            PrivateSupply.World w = supply.product("CXS", 1, Map.of(), 1000);
            supply.stock(w, "FRE-HUB", 100);
            String po = "CXS-" + UUID.randomUUID().toString().substring(0, 8);
            String payloadId = UUID.randomUUID() + "@network";
            send(orderRequest(payloadId, SECRET, po, "new", "CASC-SEA", w.sku(), 30, PrivateSupply.friday(1)), 200);
            PurchaseOrder order = order(po).orElseThrow();
            List<Commitment> commitments = promises.forDemands(order.lines().stream()
                    .map(OrderLine::demandRef).toList());
            promises.confirmAll(commitments.stream().map(Commitment::id).toList(), "ops-planner");

            WebhookReceiver.Received confirmation = network.await("/cxml", "cxml.confirmation", 1,
                    java.time.Duration.ofSeconds(15)).get(0);
            assertTrue(confirmation.contentType().startsWith("text/xml"), confirmation.contentType());
            org.w3c.dom.Document c = validCxml(confirmation.body());
            assertEquals(po, attribute(c, "OrderReference", "orderID"));
            assertEquals(payloadId, attribute(c, "DocumentReference", "payloadID"), "it refers to the OrderRequest");
            assertEquals("AN01000000001", c.getElementsByTagName("To").item(0).getTextContent().strip(),
                    "to the buyer that sent the order");
            assertEquals(List.of("30", "detail"), List.of(attribute(c, "ConfirmationStatus", "quantity"),
                    attribute(c, "ConfirmationStatus", "type")));
            assertTrue(attribute(c, "ConfirmationStatus", "shipmentDate").startsWith(
                    commitments.get(0).schedule().get(0).shipDate().toString()), confirmation.body());

            shipments.record(new ShipmentRequest(new DistributorCode("CASC"), order.id().toString(), null, "UPS",
                    "1Z777", List.of(new ShipmentLine(commitments.get(0).demandRef(), 30))), "ops-planner");
            org.w3c.dom.Document n = validCxml(network.await("/cxml", "cxml.ship-notice", 1,
                    java.time.Duration.ofSeconds(15)).get(0).body());
            assertEquals(List.of("30", "1"), List.of(attribute(n, "ShipNoticeItem", "quantity"),
                    attribute(n, "ShipNoticeItem", "lineNumber")));
            assertEquals("1Z777", n.getElementsByTagName("ShipmentIdentifier").item(0).getTextContent());
            assertEquals(payloadId, attribute(n, "DocumentReference", "payloadID"));
        }
    }

    @Test
    void an_unknown_sender_or_a_wrong_shared_secret_is_401_and_orders_nothing() {
        String po = "CX-" + UUID.randomUUID().toString().substring(0, 8);
        send(orderRequest("p1@network", "not-the-secret-at-all", po, "new", "CASC-SEA", "HW-OSFP-800G-DR8", 5,
                PrivateSupply.friday(3)), 401);
        send(orderRequest("p2@network", SECRET, po, "new", "CASC-SEA", "HW-OSFP-800G-DR8", 5, PrivateSupply.friday(3))
                .replace("AN-CASC-TEST", "AN-NOBODY"), 401);
        assertTrue(order(po).isEmpty());
    }

    @Test
    void guessing_a_shared_secret_is_as_slow_as_the_senders_rate_limit() {
        String identity = "AN-MAPL-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> senders.save(new DistributorCode("MAPL"), "Limited", identity,
                "mapl-network-shared-secret", "ops-admin"));
        String po = "CX-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            send(orderRequest("g" + i + "@network", "guess-" + i + "-of-the-secret", po, "new", "MAPL-MTL",
                    "HW-OSFP-800G-DR8", 10, PrivateSupply.friday(3)).replace("domain=\"NetworkID\"><Identity>AN-CASC-TEST",
                            "domain=\"Limited\"><Identity>" + identity), 401);
        }
        String right = orderRequest("g3@network", "mapl-network-shared-secret", po, "new", "MAPL-MTL",
                "HW-OSFP-800G-DR8", 10, PrivateSupply.friday(3)).replace(
                        "domain=\"NetworkID\"><Identity>AN-CASC-TEST", "domain=\"Limited\"><Identity>" + identity);
        assertTrue(status(send(right, 429)).contains("3 requests a minute"), "the fourth document this minute waits");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> orders.list(new OrderQuery(new DistributorCode("MAPL"),
                null, po, null, 1, null)).items().isEmpty()));
    }

    @Test
    void bad_documents_get_a_cxml_error_status_with_the_reason_and_order_nothing() {
        String po = "CX-" + UUID.randomUUID().toString().substring(0, 8);
        String valid = orderRequest("p3@network", SECRET, po, "new", "CASC-SEA", "HW-OSFP-800G-DR8", 5,
                PrivateSupply.friday(3));
        assertTrue(status(send("this is not XML", 400)).contains("not well-formed"));
        assertTrue(status(send(valid.replaceAll("<ItemID>.*</ItemID>", ""), 400)).contains("ItemOut"),
                "an ItemOut without its ItemID does not follow the DTD");
        assertTrue(status(send(valid.replace("HW-OSFP-800G-DR8", "NO-SUCH-SKU"), 400))
                .contains("ItemOut lineNumber 1 SupplierPartID"));
        assertTrue(status(send(valid.replace("CASC-SEA", "NWOS-ASH"), 400)).contains("ShipTo Address addressID"));
        assertTrue(status(send(valid.replace("type=\"new\"", "type=\"update\""), 406)).contains("860"));
        assertTrue(status(send(valid.replace("requestedDeliveryDate=\"", "requestedDeliveryDate=\"x"), 400))
                .contains("requestedDeliveryDate"));
        assertTrue(order(po).isEmpty());
    }

    @Test
    void no_external_entity_is_ever_read() {
        String po = "CX-" + UUID.randomUUID().toString().substring(0, 8);
        String valid = orderRequest("p4@network", SECRET, po, "new", "CASC-SEA", "HW-OSFP-800G-DR8", 5,
                PrivateSupply.friday(3));
        String fileEntity = valid.replace("cXML.dtd\">", "cXML.dtd\" [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
                .replace("Please ship complete", "&secret;");
        String answer = status(send(fileEntity, 400));
        assertTrue(answer.contains("refused"), answer);
        assertFalse(answer.contains("root:"), "nothing of the file comes back");
        String otherDtd = valid.replace("http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd", "file:///etc/hostname");
        assertTrue(status(send(otherDtd, 400)).contains("refused"));
        assertTrue(order(po).isEmpty());
    }
}
