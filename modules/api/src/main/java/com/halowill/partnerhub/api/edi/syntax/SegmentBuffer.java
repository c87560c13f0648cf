package com.halowill.partnerhub.api.edi.syntax;

import java.util.HashMap;
import java.util.Map;

/** The first-occurrence, first-component values of one segment being read (positions above a limit are not kept). */
public final class SegmentBuffer {

    private static final int MAX_KEPT_POSITION = 40;

    private final String tag;
    private final int position;
    private final Map<Integer, String> values = new HashMap<>();

    public SegmentBuffer(String tag, int position) {
        this.tag = tag;
        this.position = position;
    }

    public void put(int elementPosition, int occurrence, int componentPosition, String value) {
        if (elementPosition <= MAX_KEPT_POSITION && occurrence <= 1 && componentPosition <= 1) {
            values.putIfAbsent(elementPosition, value);
        }
    }

    public String tag() {
        return tag;
    }

    /** Interchange-wide segment position as reported by StAEDI (ISA = 1). */
    public int position() {
        return position;
    }

    /** The element value, or null when absent or empty. */
    public String get(int elementPosition) {
        String value = values.get(elementPosition);
        return value == null || value.isEmpty() ? null : value;
    }
}
