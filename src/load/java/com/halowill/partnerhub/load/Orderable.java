package com.halowill.partnerhub.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** An active product as the API lists it, with the quantities an order may ask for. */
record Orderable(String sku, int moq, int orderMultiple) {

    /** {@code n} order multiples, at least the minimum order quantity. */
    int quantity(int n) {
        int q = orderMultiple * n;
        return q < moq ? ((moq + orderMultiple - 1) / orderMultiple) * orderMultiple : q;
    }

    static List<Orderable> active(String base, String token) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/products?lifecycle=ACTIVE"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET /api/v1/products answered " + r.statusCode() + ": " + r.body());
            }
            List<Orderable> out = new ArrayList<>();
            for (JsonNode p : new ObjectMapper().readTree(r.body()).get("items")) {
                out.add(new Orderable(p.get("sku").asText(), p.get("moq").asInt(), p.get("orderMultiple").asInt()));
            }
            if (out.size() < 5) {
                throw new IllegalStateException("Fewer than five active products to order");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Could not list products at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
