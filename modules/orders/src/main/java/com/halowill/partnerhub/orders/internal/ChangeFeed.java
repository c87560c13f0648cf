package com.halowill.partnerhub.orders.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A position in the order change feed: the stamp (transaction id) and order id of the last change read, opaque
 * to callers. Every change at or below it has been read; {@link #START} is before every change.
 */
record ChangeFeed(long xid, UUID id) {

    static final ChangeFeed START = new ChangeFeed(0, new UUID(0, 0));

    String encode() {
        return "c1." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString((xid + "." + id).getBytes(StandardCharsets.UTF_8));
    }

    static ChangeFeed parse(String cursor) {
        if (cursor == null) {
            return START;
        }
        try {
            if (!cursor.startsWith("c1.")) {
                throw new IllegalArgumentException("not a change cursor");
            }
            String raw = new String(Base64.getUrlDecoder().decode(cursor.substring(3)), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\.", 2);
            long xid = Long.parseLong(parts[0]);
            if (xid < 0) {
                throw new IllegalArgumentException("negative stamp");
            }
            return new ChangeFeed(xid, UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed change cursor", e);
        }
    }
}
