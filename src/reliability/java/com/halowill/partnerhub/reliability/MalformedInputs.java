package com.halowill.partnerhub.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

/** Generates broken purchase orders the way real ERPs, proxies and attackers break them, from a seed. */
final class MalformedInputs {

    static final List<String> NASTY = List.of("1e999999999", "-1e-999999999", "123456789012345678901234567890",
            "1.0E+400", "NaN", "Infinity", "-0", "0x10", "010", "1_000", "true", "null", "[]", "{}", "\"\"",
            "\"'; drop table orders.purchase_order; --\"", "\"<script>alert(1)</script>\"", "\"${jndi:ldap://x/a}\"",
            "\"{{7*7}}\"", "\"%s%n%x\"", "\"../../../etc/passwd\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"",
            "\"\u202egnp.exe\"", "\"\ufeffBOM\"", "\"\ud83d\udce6\ud83d\ude80\"", "\"\\\\\"", "\"2027-02-30\"",
            "\"99999-01-01\"", "\"2027-1-5\"", "20270115", "\"20270115\"", "-1", "0", "2147483648",
            "9223372036854775808", "0.000000001", "\"629.001\"", "\"6e2\"", "\"  629.00 \"", "\"\\t\"",
            "\"" + "A".repeat(70_000) + "\"");

    private final Random random;
    private final String valid;

    MalformedInputs(long seed, String valid) {
        this.random = new Random(seed);
        this.valid = valid;
    }

    /** The next broken body: one of several kinds of damage, chosen at random. */
    byte[] next() {
        return switch (random.nextInt(9)) {
            case 0 -> bytes(valid.substring(0, random.nextInt(valid.length())));
            case 1 -> bytes(replaceValue());
            case 2 -> bytes(replaceValue().replaceFirst(",", random.nextBoolean() ? ",," : ",}"));
            case 3 -> flipBytes();
            case 4 -> bytes(nested(random.nextInt(3000) + 1));
            case 5 -> bytes(withControlCharacter());
            case 6 -> bytes(valid.replace("\"lines\"", random.nextBoolean() ? "\"lines\",\"lines\"" : "'lines'"));
            case 7 -> bytes(NASTY.get(random.nextInt(NASTY.size())));
            default -> bytes(valid.replaceFirst("\"poNumber\":\"[^\"]*\"", Matcher.quoteReplacement("\"poNumber\":"
                    + NASTY.get(random.nextInt(NASTY.size())))));
        };
    }

    /** A random query string value for the list and availability endpoints. */
    String queryValue() {
        String v = NASTY.get(random.nextInt(NASTY.size()));
        if (v.length() > 2000) {
            v = v.substring(0, 2000);
        }
        return java.net.URLEncoder.encode(v.replace("\"", ""), StandardCharsets.UTF_8);
    }

    private String replaceValue() {
        String nasty = NASTY.get(random.nextInt(NASTY.size()));
        List<String> fields = List.of("poNumber", "shipTo", "currency", "lineNumber", "sku", "quantity",
                "requestedDate", "unitPrice", "note", "lines");
        String field = fields.get(random.nextInt(fields.size()));
        String replaced = valid.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[0-9]+|\\[)",
                Matcher.quoteReplacement("\"" + field + "\":" + nasty + (field.equals("lines")
                        ? ",\"x\":[" : "")));
        return replaced.equals(valid) ? valid.replaceFirst("\\{", Matcher.quoteReplacement("{\"" + field + "\":"
                + nasty + ",")) : replaced;
    }

    private byte[] flipBytes() {
        byte[] b = bytes(valid);
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
    }

    private String nested(int depth) {
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return "{\"lines\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}";
    }

    private String withControlCharacter() {
        int at = valid.indexOf("\"sku\":\"") + 8;
        char c = (char) random.nextInt(0x20);
        return valid.substring(0, at) + c + valid.substring(at);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
