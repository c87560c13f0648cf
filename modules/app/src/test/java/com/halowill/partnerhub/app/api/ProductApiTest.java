package com.halowill.partnerhub.app.api;

import static com.halowill.partnerhub.app.api.PurchaseOrders.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.Tokens;
import com.halowill.partnerhub.catalog.CatalogAdministration;
import com.halowill.partnerhub.catalog.ContractPrice;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Sku;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProductApiTest {

    @Test
    void the_catalog_filters_by_data_rate_form_factor_and_lifecycle() {
        as(Tokens.erp("nwos")).queryParam("dataRate", 800).queryParam("formFactor", "OSFP")
                .queryParam("lifecycle", "ACTIVE").get("/api/v1/products")
                .then().statusCode(200)
                .body("items", hasSize(7), "items.dataRate", everyItem(equalTo(800)),
                        "items.formFactor", everyItem(equalTo("OSFP")), "items.lifecycle", everyItem(equalTo("ACTIVE")));
    }

    @Test
    void a_product_shows_moq_multiple_lead_time_lifecycle_successor_and_the_callers_price() {
        var body = as(Tokens.erp("nwos")).get("/api/v1/products/HW-QDD-400G-DR4").then().statusCode(200)
                .body("moq", equalTo(10), "orderMultiple", equalTo(10), "leadTimeWeeks", equalTo(8),
                        "lifecycle", equalTo("ACTIVE"), "successor", equalTo("HW-OSFP-800G-DR8"),
                        "listPrice", equalTo("349.00"), "currency", equalTo("USD"), "unitPrice", notNullValue())
                .extract();
        BigDecimal platinum = new BigDecimal(body.<String>path("unitPrice"));
        BigDecimal silver = new BigDecimal(as(Tokens.erp("prdc")).get("/api/v1/products/HW-QDD-400G-DR4")
                .then().statusCode(200).extract().<String>path("unitPrice"));
        assertTrue(platinum.compareTo(silver) < 0, "platinum pays less than silver: " + platinum + " vs " + silver);
    }

    @Inject
    CatalogAdministration catalogAdmin;

    @Test
    void a_contract_price_in_force_beats_the_tier_price_and_the_lowest_contract_wins() {
        String sku = "HW-OSFP-800G-AEC-2M";
        LocalDate today = LocalDate.now();
        catalogAdmin.saveContractPrice(new ContractPrice(new DistributorCode("PRDC"), new Sku(sku),
                Money.usd("301.00"), today.minusDays(1),
                today.plusDays(30), "TEST-LTA-A"));
        catalogAdmin.saveContractPrice(new ContractPrice(new DistributorCode("PRDC"), new Sku(sku),
                Money.usd("299.50"), today.minusDays(1),
                today.plusDays(30), "TEST-LTA-B"));
        catalogAdmin.saveContractPrice(new ContractPrice(new DistributorCode("PRDC"), new Sku(sku),
                Money.usd("100.00"), today.plusDays(60),
                today.plusDays(90), "TEST-LTA-LATER"));
        as(Tokens.erp("prdc")).get("/api/v1/products/" + sku).then().statusCode(200)
                .body("unitPrice", equalTo("299.50"), "listPrice", equalTo("399.00"));
        as(Tokens.erp("prdc")).queryParam("dataRate", 800).get("/api/v1/products").then().statusCode(200)
                .body("items.find { it.sku == '" + sku + "' }.unitPrice", equalTo("299.50"));
        as(Tokens.erp("casc")).get("/api/v1/products/" + sku).then().statusCode(200)
                .body("unitPrice", equalTo("367.08"));
    }

    @Test
    void an_unknown_product_is_a_404_problem_and_a_bad_filter_a_400() {
        as(Tokens.erp("nwos")).get("/api/v1/products/HW-NOPE").then().statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.erp("nwos")).queryParam("dataRate", "fast").get("/api/v1/products").then().statusCode(400)
                .body("errors[0].field", equalTo("dataRate"));
    }

    @Test
    void an_availability_quote_comes_from_the_promise_engine_and_reserves_nothing() {
        String token = Tokens.erp("mapl");
        var quote = as(token).queryParam("sku", "HW-QDD-400G-LR4").queryParam("quantity", 20)
                .queryParam("shipTo", "MAPL-MTL").get("/api/v1/availability")
                .then().statusCode(200)
                .body("sku", equalTo("HW-QDD-400G-LR4"), "quantity", equalTo(20), "schedule", hasSize(1),
                        "schedule[0].quantity", equalTo(20), "schedule[0].shipDate", notNullValue(),
                        "quoteValidUntil", notNullValue(), "explanation", notNullValue())
                .extract();
        as(token).queryParam("sku", "HW-QDD-400G-LR4").queryParam("quantity", 20).get("/api/v1/availability")
                .then().statusCode(200).body("schedule[0].shipDate", equalTo(quote.path("schedule[0].shipDate")));
        as(token).queryParam("sku", "HW-QDD-400G-LR4").queryParam("quantity", 50_000_000)
                .get("/api/v1/availability").then().statusCode(200)
                .body("backorderedQuantity", org.hamcrest.Matchers.greaterThan(0),
                        "explanation", org.hamcrest.Matchers.containsString("backordered"));
    }

    @Test
    void a_bad_availability_request_names_every_bad_parameter() {
        as(Tokens.erp("mapl")).queryParam("sku", "HW-NOPE").queryParam("quantity", "many")
                .queryParam("shipTo", "NWOS-ASH").get("/api/v1/availability")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("sku", "quantity", "shipTo"));
    }

    @Test
    void the_openapi_document_describes_the_order_api() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).body("paths.'/api/v1/purchase-orders'.post", notNullValue(),
                        "paths.'/api/v1/purchase-orders'.post.responses.'422'", notNullValue(),
                        "paths.'/api/v1/availability'.get", notNullValue(),
                        "paths.'/api/v1/products/{sku}'.get", notNullValue());
    }
}
