package com.halowill.partnerhub.app.stack;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/** Access tokens from the real Keycloak: ERP clients by client credentials, people by password grant. */
public final class Tokens {

    public static final String PASSWORD = "partnerhub";
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, Instant expires) {
    }

    private Tokens() {
    }

    /** A client-credentials token of the ERP client {@code erp-<code>}, e.g. {@code erp("nwos")}. */
    public static String erp(String code) {
        return cached("erp:" + code, Map.of("grant_type", "client_credentials", "client_id", "erp-" + code,
                "client_secret", "erp-" + code + "-secret"));
    }

    /** A person's token through the partner-hub-cli client, e.g. {@code user("nwos-viewer")}. */
    public static String user(String username) {
        return cached("user:" + username, Map.of("grant_type", "password", "client_id", "partner-hub-cli",
                "username", username, "password", PASSWORD));
    }

    public static String realmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    private static String cached(String key, Map<String, String> form) {
        Cached c = CACHE.get(key);
        if (c == null || Instant.now().isAfter(c.expires())) {
            var response = given().formParams(form).post(realmUrl() + "/protocol/openid-connect/token")
                    .then().statusCode(200).extract();
            int lifetime = response.path("expires_in");
            c = new Cached(response.path("access_token"), Instant.now().plusSeconds(lifetime - 60L));
            CACHE.put(key, c);
        }
        return c.token();
    }
}
