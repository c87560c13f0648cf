package com.halowill.partnerhub.api.edi.syntax;

/** Caller-assigned control numbers of an outbound interchange (ISA13), its first group (GS06) and first transaction (ST02). */
public record ControlNumbers(int interchange, int group, int transaction) {

    private static final int MAX = 999_999_999;

    public ControlNumbers {
        check("interchange", interchange);
        check("group", group);
        check("transaction", transaction);
    }

    private static void check(String name, int value) {
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException(name + " control number must be 1.." + MAX + ": " + value);
        }
    }

    public String interchangeText() {
        return String.format("%09d", interchange);
    }

    public String groupText(int offset) {
        return Integer.toString(group + offset);
    }

    public String transactionText(int offset) {
        return String.format("%04d", transaction + offset);
    }
}
