package com.halowill.partnerhub.app.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.halowill.partnerhub.app.stack.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** An ERP as it integrates: a client-credentials token from the real Keycloak, a PO submitted, read back. */
@QuarkusTest
@Tag("e2e")
class ErpJourneyTest {

    @Test
    void an_erp_gets_a_token_submits_a_purchase_order_and_reads_it_back() {
        String token = given().formParams(Map.of("grant_type", "client_credentials", "client_id", "erp-prdc",
                "client_secret", "erp-prdc-secret"))
                .post(Tokens.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String po = "PRDC-ERP-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("poNumber", po, "shipTo", "PRDC-DSM", "currency", "USD",
                "note", "EDI migration pilot", "lines", List.of(
                        Map.of("lineNumber", 1, "sku", "HW-Q112-400G-SR4", "quantity", 200,
                                "requestedDate", LocalDate.now().plusDays(14).toString()),
                        Map.of("lineNumber", 2, "sku", "HW-OSFP-800G-SR8", "quantity", 50,
                                "requestedDate", LocalDate.now().plusDays(40).toString())));
        String location = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", po).body(body).post("/api/v1/purchase-orders")
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(token).get(location).then().statusCode(200)
                .body("poNumber", equalTo(po), "distributor", equalTo("PRDC"), "note", equalTo("EDI migration pilot"),
                        "lines", hasSize(2), "lines[1].sku", equalTo("HW-OSFP-800G-SR8"));
        given().auth().oauth2(token).queryParam("poNumber", po).get("/api/v1/purchase-orders")
                .then().statusCode(200).body("items", hasSize(1));
    }
}
