package com.halowill.partnerhub.notifications;

/** A webhook registration that cannot be accepted (its field and why); nothing was stored. */
public class InvalidWebhook extends RuntimeException {

    private final String field;

    public InvalidWebhook(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
