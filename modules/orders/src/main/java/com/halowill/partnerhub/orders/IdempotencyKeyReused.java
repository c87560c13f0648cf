package com.halowill.partnerhub.orders;

/** The Idempotency-Key was already used for a different request body. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key '" + key + "' was already used with a different request body.");
    }
}
