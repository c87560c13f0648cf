package com.halowill.partnerhub.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Endpoint secrets and the HMAC-SHA256 signatures of a delivery under them. */
final class Signature {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Signature() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code sha256=<hex>} of the body's bytes under the secret. */
    static String of(String secret, String body) {
        return "sha256=" + hmac(secret, body);
    }

    /**
     * {@code t=<unix seconds>,sha256=<hex>[,sha256=<hex>]}: the HMAC of {@code <t>.<body>} under each secret still
     * valid, the current one first, so a receiver refuses an old timestamp (a replayed delivery) and keeps working
     * through a secret's rotation.
     */
    static String timestamped(long epochSecond, List<String> secrets, String body) {
        StringBuilder header = new StringBuilder("t=").append(epochSecond);
        for (String secret : secrets) {
            header.append(",sha256=").append(hmac(secret, epochSecond + "." + body));
        }
        return header.toString();
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
