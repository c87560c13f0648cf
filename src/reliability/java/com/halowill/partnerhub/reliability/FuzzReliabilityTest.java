package com.halowill.partnerhub.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.app.stack.PrivateSupply;
import com.halowill.partnerhub.app.stack.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated malformed inputs (truncations, wrong types, huge numbers and exponents, control
 * characters, odd Unicode, injection strings, deep nesting, flipped bytes; JSON and X12) never get a 5xx or a
 * stack trace: each is a problem+json the ERP's developer can read, or a 997 rejecting what is wrong.
 */
@QuarkusTest
@Tag("e2e")
class FuzzReliabilityTest {

    @TestHTTPResource("/api/v1")
    URL api;
    @Inject
    PrivateSupply supply;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void malformed_purchase_orders_and_queries_are_4xx_problems_never_5xx() throws Exception {
        PrivateSupply.World w = supply.product("FZ", 1, Map.of(1, 10_000_000), 10_000_000);
        String valid = Erp.order("FZ-PO", "MAPL-MTL", w.sku(), 2, 10, PrivateSupply.friday(3))
                .replace("\"lines\"", "\"note\":\"fuzz\",\"lines\"").replace("}]", ",\"unitPrice\":\"10.00\"}]");
        MalformedInputs inputs = new MalformedInputs(20261129L, valid);
        String token = Tokens.erp("mapl");
        int bodies = Scale.of(2000, 10_000);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < bodies && failures.size() < 10; i++) {
            byte[] body = inputs.next();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "/purchase-orders"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            check(r, new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8),
                    failures);
        }
        for (int i = 0; i < Scale.of(300, 1000) && failures.size() < 10; i++) {
            String query = switch (i % 3) {
                case 0 -> "/purchase-orders?limit=" + inputs.queryValue() + "&cursor=" + inputs.queryValue();
                case 1 -> "/purchase-orders?updatedSince=" + inputs.queryValue() + "&status=" + inputs.queryValue()
                        + "&poNumber=" + inputs.queryValue();
                default -> "/availability?sku=" + inputs.queryValue() + "&quantity=" + inputs.queryValue()
                        + "&shipTo=" + inputs.queryValue();
            };
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + query))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            check(r, query, failures);
        }
        String x12 = com.halowill.partnerhub.app.edi.X12Samples.v4010(4711, "MAPL", "FZ-X12", "MAPL-MTL", List.of(
                new com.halowill.partnerhub.app.edi.X12Samples.Line("1", "10", w.sku(), PrivateSupply.friday(3)),
                new com.halowill.partnerhub.app.edi.X12Samples.Line("2", "20", w.sku(), PrivateSupply.friday(4))));
        BrokenInterchanges broken = new BrokenInterchanges(20261130L, x12);
        for (int i = 0; i < Scale.of(1000, 5000) && failures.size() < 10; i++) {
            byte[] body = broken.next();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "/edi/x12"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/edi-x12")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            check(r, new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.ISO_8859_1),
                    failures);
            if (r.statusCode() == 200 && !r.body().startsWith("ISA")) {
                failures.add("200 that is not a 997 for " + new String(body, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
    }

    private static void check(HttpResponse<String> r, String input, List<String> failures) {
        String body = r.body();
        boolean ok = r.statusCode() < 500 && !body.contains("Exception") && !body.contains("\tat ")
                && (r.statusCode() < 400 || r.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json"));
        if (!ok) {
            failures.add(r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("") + " for input "
                    + input + "\n-> " + body.substring(0, Math.min(500, body.length())));
        }
    }
}
