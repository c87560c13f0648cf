package com.halowill.partnerhub.bench;

import java.util.Arrays;
import java.util.Locale;

/** Measured durations and their percentiles, in milliseconds. */
final class Latencies {

    private final long[] nanos;
    private int n;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[n++] = elapsedNanos;
    }

    double percentile(double p) {
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, i))] / 1e6;
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f ms", value);
    }
}
