package com.halowill.partnerhub.platform;

import java.util.UUID;

/**
 * Identifiers for new rows: UUIDs of version 7 (RFC 9562), the milliseconds of their making first and 74 random bits
 * after. Rows made one after another get ids that sort one after another, so their index entries land on the last
 * pages of each index, which stay in memory, instead of on a random page of an index that grows past the buffer
 * cache with every order; the random bits, from the same secure source as {@link UUID#randomUUID()}, keep the ids
 * unguessable.
 */
public final class RowIds {

    private RowIds() {
    }

    /** A new time-ordered id. */
    public static UUID next() {
        UUID random = UUID.randomUUID();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.getMostSignificantBits() & 0x0FFFL);
        return new UUID(high, random.getLeastSignificantBits());
    }
}
