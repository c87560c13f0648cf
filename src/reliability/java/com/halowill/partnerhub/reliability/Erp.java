package com.halowill.partnerhub.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/** A distributor's ERP as the reliability tests play it: plain HTTP/1.1 calls with its bearer token. */
final class Erp {

    /** What the ERP got back: a status, the body and the Retry-After header if any. */
    record Answer(int status, String body, String contentType, Optional<String> retryAfter) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    Erp(String token) {
        this.token = token;
    }

    Answer post(String url, String idempotencyKey, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return answer(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    Answer get(String url) throws IOException, InterruptedException {
        return answer(http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private static Answer answer(HttpResponse<String> r) {
        return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Retry-After"));
    }

    /** A purchase order of {@code lines} lines of one SKU, {@code quantity} each, as JSON. */
    static String order(String poNumber, String shipTo, String sku, int lines, int quantity, LocalDate requested) {
        StringBuilder sb = new StringBuilder("{\"poNumber\":\"").append(poNumber).append("\",\"shipTo\":\"")
                .append(shipTo).append("\",\"currency\":\"USD\",\"lines\":[");
        for (int i = 1; i <= lines; i++) {
            sb.append(i > 1 ? "," : "").append("{\"lineNumber\":").append(i).append(",\"sku\":\"").append(sku)
                    .append("\",\"quantity\":").append(quantity).append(",\"requestedDate\":\"").append(requested)
                    .append("\"}");
        }
        return sb.append("]}").toString();
    }
}
