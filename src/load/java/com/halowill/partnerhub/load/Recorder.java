package com.halowill.partnerhub.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

/**
 * Every answer of a run, per phase: response time and whether it was the 201 asked for. Written as a small
 * properties file at the end so the report reads numbers, not Gatling's HTML.
 */
final class Recorder {

    private static final Map<String, Phase> PHASES = new ConcurrentSkipListMap<>();

    private static final class Phase {
        private int[] millis = new int[1 << 14];
        private int count;
        private long failed;

        synchronized void add(int ms, boolean ok) {
            if (!ok) {
                failed++;
                return;
            }
            if (count == millis.length) {
                millis = Arrays.copyOf(millis, count * 2);
            }
            millis[count++] = ms;
        }

        synchronized String summary(String name) {
            int[] sorted = Arrays.copyOf(millis, count);
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "%1$s.ok=%2$d%n%1$s.failed=%3$d%n%1$s.p50=%4$d%n%1$s.p99=%5$d%n",
                    name.replace(' ', '_'), count, failed, at(sorted, 0.50), at(sorted, 0.99));
        }

        private static int at(int[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
        }
    }

    private Recorder() {
    }

    static void add(String phase, int millis, boolean ok) {
        PHASES.computeIfAbsent(phase, p -> new Phase()).add(millis, ok);
    }

    static void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, PHASES.entrySet().stream().map(e -> e.getValue().summary(e.getKey()))
                    .collect(Collectors.joining()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + file, e);
        }
    }
}
