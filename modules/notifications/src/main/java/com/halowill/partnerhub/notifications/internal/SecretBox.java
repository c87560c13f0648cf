package com.halowill.partnerhub.notifications.internal;

import io.quarkus.runtime.LaunchMode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Endpoint secrets as the database keeps them: sealed with AES-256-GCM under the key from
 * {@code partnerhub.webhooks.secret-key} (32 bytes, base64), written {@code sealed:v1:<base64 of nonce and
 * ciphertext>}. A secret written before sealing existed is read as it is until the application seals it.
 */
@Singleton
class SecretBox {

    static final String PREFIX = "sealed:v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    @Inject
    SecretBox(WebhookConfig config) {
        this(config.secretKey().orElse(null));
    }

    SecretBox(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("partnerhub.webhooks.secret-key is not set: webhook secrets are kept "
                    + "sealed under it. Set it (PARTNERHUB_WEBHOOKS_SECRET_KEY) to 32 random bytes in base64, "
                    + "for example from: openssl rand -base64 32" + (LaunchMode.current() == LaunchMode.NORMAL ? ""
                            : " (the dev and test profiles set one)"));
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("partnerhub.webhooks.secret-key must be 32 bytes in base64");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String seal(String secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a webhook secret", e);
        }
    }

    /** The secret behind what the database keeps (null stays null). */
    String open(String kept) {
        if (kept == null || !kept.startsWith(PREFIX)) {
            return kept;
        }
        try {
            byte[] all = Base64.getDecoder().decode(kept.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a webhook secret cannot be opened: was partnerhub.webhooks.secret-key "
                    + "changed?", e);
        }
    }

    static boolean sealed(String kept) {
        return kept != null && kept.startsWith(PREFIX);
    }
}
