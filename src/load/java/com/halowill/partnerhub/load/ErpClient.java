package com.halowill.partnerhub.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One distributor's ERP client: its client-credentials token from the real Keycloak, renewed before expiry. */
final class ErpClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String clientId;
    private final String shipTo;
    private final String realm;
    private volatile String token;
    private volatile Instant renewAt = Instant.MIN;

    private ErpClient(String clientId, String shipTo, String realm) {
        this.clientId = clientId;
        this.shipTo = shipTo;
        this.realm = realm;
    }

    /** {@code erp-nwos:NWOS-ASH,...}: client id and the ship-to its orders go to; the secret is {@code <id>-secret}. */
    static List<ErpClient> parse(String spec, String realm) {
        return Arrays.stream(spec.split(",")).map(s -> s.trim().split(":"))
                .map(p -> new ErpClient(p[0], p[1], realm)).toList();
    }

    String shipTo() {
        return shipTo;
    }

    String token() {
        if (Instant.now().isAfter(renewAt)) {
            synchronized (this) {
                if (Instant.now().isAfter(renewAt)) {
                    renew();
                }
            }
        }
        return token;
    }

    private void renew() {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret="
                + enc(clientId + "-secret");
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(realm
                    + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + clientId + ": " + r.body());
            }
            JsonNode body = JSON.readTree(r.body());
            token = body.get("access_token").asText();
            renewAt = Instant.now().plusSeconds(Math.max(10, body.get("expires_in").asLong() - 60));
        } catch (IOException e) {
            throw new IllegalStateException("No token from " + realm, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
