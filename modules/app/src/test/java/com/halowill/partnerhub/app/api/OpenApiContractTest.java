package com.halowill.partnerhub.app.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the app serves matches the fixed contract (docs/contract/order-api.md): every endpoint
 * the contract names, every field of its request and order bodies, money as strings, Idempotency-Key required,
 * and problem+json for the errors.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Pattern ENDPOINT = Pattern.compile("^`(GET|POST|PUT|DELETE) (/api/v1/[^` ?]*)",
            Pattern.MULTILINE);
    private static final Pattern JSON_FIELD = Pattern.compile("\"([a-zA-Z]+)\":");

    private static String contract() throws IOException {
        return Files.readString(Path.of(System.getProperty("partnerhub.project.root"), "docs", "contract",
                "order-api.md"));
    }

    private static JsonPath openApi() {
        return given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void every_endpoint_of_the_contract_is_in_the_served_openapi() throws IOException {
        Matcher m = ENDPOINT.matcher(contract());
        List<String> missing = new ArrayList<>();
        Map<String, Object> paths = openApi().getMap("paths");
        int found = 0;
        while (m.find()) {
            found++;
            String method = m.group(1).toLowerCase();
            String path = m.group(2);
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.get(path);
            if (item == null || !item.containsKey(method)) {
                missing.add(m.group(1) + " " + path);
            }
        }
        assertTrue(found >= 12, "the contract's endpoints were not found in its text");
        assertEquals(List.of(), missing, "endpoints of the contract missing from /q/openapi");
    }

    @Test
    void every_field_of_the_contracts_order_bodies_is_in_the_schemas_and_money_is_a_string() throws IOException {
        String text = contract();
        List<String> blocks = new ArrayList<>();
        Matcher b = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(text);
        while (b.find()) {
            blocks.add(b.group(1));
        }
        assertEquals(2, blocks.size(), "the contract shows a request and an order body");
        JsonPath api = openApi();
        String post = "paths.'/api/v1/purchase-orders'.post.";
        String requestSchema = ref(api.getString(post + "requestBody.content.'application/json'.schema.$ref"));
        String orderSchema = ref(api.getString(post + "responses.'201'.content.'application/json'.schema.$ref"));
        Set<String> request = new LinkedHashSet<>();
        collect(api, requestSchema, request);
        Set<String> order = new LinkedHashSet<>();
        collect(api, orderSchema, order);
        assertTrue(request.containsAll(fields(blocks.get(0))), "request fields " + fields(blocks.get(0))
                + " not all in " + request);
        assertTrue(order.containsAll(fields(blocks.get(1))), "order fields " + fields(blocks.get(1))
                + " not all in " + order);
        for (String schema : List.of(requestSchema, orderSchema)) {
            String line = ref(api.getString("components.schemas." + schema + ".properties.lines.items.$ref"));
            assertEquals("string", api.getString("components.schemas." + line + ".properties.unitPrice.type"),
                    "unitPrice of " + line + " must be a decimal string");
        }
    }

    @Test
    void idempotency_key_is_required_and_errors_are_problems() {
        JsonPath api = openApi();
        List<Map<String, Object>> parameters = api.getList("paths.'/api/v1/purchase-orders'.post.parameters");
        assertTrue(parameters.stream().anyMatch(p -> "Idempotency-Key".equals(p.get("name"))
                && "header".equals(p.get("in")) && Boolean.TRUE.equals(p.get("required"))), parameters.toString());
        for (String status : List.of("400", "401", "403", "409", "413", "422", "429")) {
            assertTrue(api.getMap("paths.'/api/v1/purchase-orders'.post.responses.'" + status + "'.content")
                    .containsKey("application/problem+json"), "POST purchase-orders " + status + " is problem+json");
        }
    }

    private static Set<String> fields(String json) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = JSON_FIELD.matcher(json);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String ref(String ref) {
        assertTrue(ref != null && ref.startsWith("#/components/schemas/"), "not a schema reference: " + ref);
        return ref.substring("#/components/schemas/".length());
    }

    /** The property names of a schema and of every schema its properties (or their items) refer to. */
    private static void collect(JsonPath api, String schema, Set<String> out) {
        Map<String, Map<String, Object>> props = api.getMap("components.schemas." + schema + ".properties");
        if (props == null) {
            return;
        }
        for (Map.Entry<String, Map<String, Object>> p : props.entrySet()) {
            out.add(p.getKey());
            Object nested = p.getValue().get("$ref");
            if (nested == null && p.getValue().get("items") instanceof Map<?, ?> items) {
                nested = items.get("$ref");
            }
            if (nested != null) {
                collect(api, ref(nested.toString()), out);
            }
        }
    }
}
