package com.halowill.partnerhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RowIdsTest {

    @Test
    void ids_are_version_7_uuids_that_sort_in_the_order_they_were_made_across_milliseconds() throws Exception {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(RowIds.next());
            Thread.sleep(2);
        }
        for (UUID id : made) {
            assertEquals(7, id.version());
            assertEquals(2, id.variant(), "the RFC 9562 variant");
        }
        List<String> asText = made.stream().map(UUID::toString).toList();
        List<String> sorted = new ArrayList<>(asText);
        sorted.sort(null);
        assertEquals(asText, sorted, "PostgreSQL orders uuids by their bytes, as their text sorts");
        long millis = made.get(0).getMostSignificantBits() >>> 16;
        assertTrue(Math.abs(System.currentTimeMillis() - millis) < 60_000, "the first 48 bits are the time of making");
    }

    @Test
    void ids_made_in_the_same_millisecond_are_still_distinct() {
        HashSet<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(RowIds.next());
        }
        assertEquals(10_000, ids.size());
    }
}
