package com.halowill.partnerhub.portal;

import java.util.Optional;
import java.util.UUID;

/** What people type or put in a URL, read for the pages: ids, and values echoed back in a message. */
final class Input {

    private Input() {
    }

    /** An order's or request's id from the URL; empty when it is not a UUID (the page answers "not found"). */
    static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A typed value as a message quotes it: stripped, at most 40 characters. */
    static String echo(String value) {
        String v = value.strip();
        return v.length() > 40 ? v.substring(0, 40) + "..." : v;
    }
}
