package com.halowill.partnerhub.reliability;

/** The reliability suite's size: reduced in every test run (CI), full from {@code src/reliability/reliability.sh}. */
final class Scale {

    private Scale() {
    }

    static boolean full() {
        return "full".equals(System.getProperty("partnerhub.reliability.scale"));
    }

    static int of(int reduced, int full) {
        return full() ? full : reduced;
    }
}
