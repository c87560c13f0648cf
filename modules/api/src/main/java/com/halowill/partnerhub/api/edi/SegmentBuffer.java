package com.halowill.partnerhub.api.edi;

import java.util.HashMap;
import java.util.Map;

/** The first-occurrence, first-component values of one segment being read (positions above a limit are not kept). */
final class SegmentBuffer {

    private static final int MAX_KEPT_POSITION = 40;

    private final String tag;
    private final int position;
    private final Map<Integer, String> values = new HashMap<>();

    SegmentBuffer(String tag, int position) {
        this.tag = tag;
        this.position = position;
    }

    void put(int elementPosition, int occurrence, int componentPosition, String value) {
        if (elementPosition <= MAX_KEPT_POSITION && occurrence <= 1 && componentPosition <= 1) {
            values.putIfAbsent(elementPosition, value);
        }
    }

    String tag() {
        return tag;
    }

    /** Interchange-wide segment position as reported by StAEDI (ISA = 1). */
    int position() {
        return position;
    }

    /** The element value, or null when absent or empty. */
    String get(int elementPosition) {
        String value = values.get(elementPosition);
        return value == null || value.isEmpty() ? null : value;
    }
}
