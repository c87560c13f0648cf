package com.halowill.partnerhub.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Generates damaged X12 850 interchanges from a valid one: the ways files break between ERPs, VANs and us. */
final class BrokenInterchanges {

    private static final List<String> VALUES = List.of("", "1O", "-5", "99999999999999999999", "1e9", "20270231",
            "2027-01-15", "\u0000", "\u00e9\u00e8", "'; drop table orders.purchase_order; --", "A".repeat(5000),
            "${jndi:ldap://x/a}", "EA*EA", "~", "*", ">");

    private final Random random;
    private final String valid;
    private final List<String> segments;

    BrokenInterchanges(long seed, String valid) {
        this.random = new Random(seed);
        this.valid = valid;
        this.segments = List.of(valid.split("~\n"));
    }

    byte[] next() {
        return switch (random.nextInt(8)) {
            case 0 -> bytes(valid.substring(0, random.nextInt(valid.length())));
            case 1 -> flip();
            case 2 -> bytes(replaceElement());
            case 3 -> bytes(withoutSegment());
            case 4 -> bytes(withSegmentTwice());
            case 5 -> bytes(valid.replace('*', "|^:!#".charAt(random.nextInt(5))));
            case 6 -> bytes(valid.replace("~\n", random.nextBoolean() ? "\n" : "~~\n"));
            default -> bytes(valid + valid.substring(0, random.nextInt(valid.length())));
        };
    }

    private String replaceElement() {
        int s = 2 + random.nextInt(segments.size() - 4);
        String[] elements = segments.get(s).split("\\*", -1);
        elements[1 + random.nextInt(Math.max(1, elements.length - 1))] = VALUES.get(random.nextInt(VALUES.size()));
        return join(s, String.join("*", elements));
    }

    private String withoutSegment() {
        int s = random.nextInt(segments.size());
        return join(s, null);
    }

    private String withSegmentTwice() {
        int s = random.nextInt(segments.size());
        return join(s, segments.get(s) + "~\n" + segments.get(s));
    }

    private String join(int index, String replacement) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            String seg = i == index ? replacement : segments.get(i);
            if (seg != null) {
                sb.append(seg).append("~\n");
            }
        }
        return sb.toString();
    }

    private byte[] flip() {
        byte[] b = bytes(valid);
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
