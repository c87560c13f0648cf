package com.halowill.partnerhub.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sets the Gatling runs beside the pgbench floors of the same run and writes the intake section of
 * docs/performance.md (between its markers). Arguments: the run's output folder, the performance page, the
 * seconds each phase ran, the orders stored before the warm run, the machine's description, and the seconds of the
 * client's warm-up before the warm run.
 */
public final class IntakeReport {

    private static final String START = "<!-- intake-load:start -->";
    private static final String END = "<!-- intake-load:end -->";
    private static final int[] CONCURRENCY = {1, 8, 32};

    record Phase(int concurrency, long ok, long failed, double perSecond, double p50, double p99) {
    }

    record Floor(int concurrency, double tps, double latency) {
    }

    /** The whole-work floor (run at c=1): orders per second and the median of their latencies. */
    record Whole(double tps, double p50) {
    }

    private IntakeReport() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Path doc = Path.of(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String stored = args[3];
        String machine = args[4];
        int warmup = Integer.parseInt(args[5]);
        List<Phase> cold = phases(out.resolve("cold.properties"), "cold", seconds);
        List<Phase> warm = phases(out.resolve("warm.properties"), "warm", seconds);
        List<Floor> floor = new ArrayList<>();
        for (int c : CONCURRENCY) {
            floor.add(floor(out.resolve("floor-c" + c + ".txt"), c));
        }
        Whole whole = whole(out);
        String section = section(cold, warm, warmup, warmupFailed(out.resolve("warm.properties")), floor, whole,
                seconds, stored, machine);
        write(doc, section);
        System.out.println(section);
    }

    private static String section(List<Phase> cold, List<Phase> warm, int warmup, long warmupFailed,
            List<Floor> floor, Whole whole, int seconds, String stored, String machine) {
        StringBuilder s = new StringBuilder();
        s.append("### Order intake against the database's own speed\n\n");
        s.append(String.format(Locale.ROOT, """
                Five-line purchase orders posted through `POST /api/v1/purchase-orders` by Gatling, each virtual
                user an ERP (client-credentials token from the real Keycloak, four distributors) sending order after
                order for %d s per concurrency; every line holds supply through the promise engine (the harness gives
                each stocked product a deep stock in its own database, so no line falls to a backorder). Beside it,
                in the same run, pgbench doing the intake's row work in one transaction (lock five stock rows in
                key order, update them, insert the order and its five lines: `src/load/floor.sql`), and pgbench
                doing the order's whole row work in the round trips the app makes (the key, order and lines, the pool
                families locked, pools and ledgers read; the commitments, allocations and history, the stock held and
                read back, the kept answer, the reference check; the commit: `src/load/floor-intake.sql`, on copies
                of the app's tables), the whole-work floor: the database's own time for what one order writes.
                Intake latencies are Gatling's, in whole milliseconds. The warm run starts with %d s of orders
                at concurrency 4 that are not reported but for their failures, so that Gatling's own JVM is warm
                as well when c=1 is measured. %s
                """, seconds, warmup, machine));
        s.append("\n**Warm** (after the cold run and ").append(stored).append(" orders stored):\n\n");
        table(s, warm, floor);
        s.append("\n**Cold** (the first requests after the app started, same phases):\n\n");
        table(s, cold, floor);
        Phase w1 = warm.get(0);
        Phase w32 = warm.get(warm.size() - 1);
        long failed = Stream.concat(cold.stream(), warm.stream()).mapToLong(Phase::failed).sum() + warmupFailed;
        s.append("\n```\n");
        s.append(String.format(Locale.ROOT, "intake c=32 ratio to floor: %.2f%n",
                w32.perSecond() / floor.get(floor.size() - 1).tps()));
        s.append(String.format(Locale.ROOT, "intake c=1 p50: %.0f ms%n", w1.p50()));
        s.append("intake failed: ").append(failed).append('\n');
        s.append("```\n\n");
        s.append("Targets: ratio at least 0.6, c=1 p50 at most 2 ms, no failed request. The Gatling HTML\n"
                + "reports are in `target/load/gatling-*`.\n\n");
        s.append(String.format(Locale.ROOT, "The whole-work floor at c=1, from pgbench with no HTTP and no app: "
                + "%,.0f orders/s,%np50 %.2f ms; intake's warm c=1 p50 is %.1f times that. (It runs at c=1 only: "
                + "its orders each hold the shared%npool families' locks across two round trips, so at higher "
                + "concurrency it measures lock waits the app avoids%nby taking orders in as groups.)%n%n",
                whole.tps(), whole.p50(), w1.p50() / whole.p50()));
        return s.toString();
    }

    private static void table(StringBuilder s, List<Phase> phases, List<Floor> floor) {
        s.append("| concurrency | intake orders/s | p50 | p99 | failed | pgbench floor tps | floor latency | ratio |\n");
        s.append("|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            Floor f = floor.get(i);
            s.append(String.format(Locale.ROOT, "| %d | %,.0f | %.0f ms | %.0f ms | %d | %,.0f | %.2f ms | %.2f |%n",
                    p.concurrency(), p.perSecond(), p.p50(), p.p99(), p.failed(), f.tps(), f.latency(),
                    p.perSecond() / f.tps()));
        }
    }

    /** The phases {@link Recorder} wrote for a run; throughput is completed orders per phase second. */
    static List<Phase> phases(Path summary, String name, int seconds) throws IOException {
        Properties p = summary(summary);
        List<Phase> out = new ArrayList<>();
        for (int c : CONCURRENCY) {
            String key = name + "_c=" + c;
            if (p.getProperty(key + ".ok") == null) {
                throw new IllegalStateException("No phase '" + key + "' in " + summary);
            }
            long ok = Long.parseLong(p.getProperty(key + ".ok"));
            out.add(new Phase(c, ok, Long.parseLong(p.getProperty(key + ".failed")), (double) ok / seconds,
                    Double.parseDouble(p.getProperty(key + ".p50")), Double.parseDouble(p.getProperty(key + ".p99"))));
        }
        return out;
    }

    /** Requests of the client's warm-up that failed (they count with the others). */
    static long warmupFailed(Path summary) throws IOException {
        return Long.parseLong(summary(summary).getProperty("warm_client_warm-up.failed", "0"));
    }

    private static Properties summary(Path summary) throws IOException {
        // Keys such as "warm_c=32.ok" contain '=', so each line is split at its last '=' (not read as Properties).
        Properties p = new Properties();
        for (String line : Files.readAllLines(summary)) {
            int eq = line.lastIndexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                p.setProperty(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return p;
    }

    static Floor floor(Path output, int concurrency) throws IOException {
        String text = Files.readString(output);
        return new Floor(concurrency, number(text, "tps = ([0-9.]+)"), number(text, "latency average = ([0-9.]+) ms"));
    }

    /**
     * The whole-work floor: its tps from pgbench's output ({@code whole-c1.txt}), its median from the
     * per-transaction log ({@code whole-c1.<pid>}, the latency in microseconds is each line's third field).
     */
    static Whole whole(Path out) throws IOException {
        String prefix = "whole-c1.";
        String text = Files.readString(out.resolve("whole-c1.txt"));
        List<Long> micros = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && !f.getFileName().toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 2) {
                        micros.add(Long.parseLong(fields[2]));
                    }
                }
            }
        }
        if (micros.isEmpty()) {
            throw new IllegalStateException("No pgbench transaction log " + prefix + "* in " + out);
        }
        micros.sort(null);
        return new Whole(number(text, "tps = ([0-9.]+)"), micros.get(micros.size() / 2) / 1000.0);
    }

    private static double number(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("pgbench output without '" + pattern + "':\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }

    private static void write(Path doc, String section) throws IOException {
        String block = START + "\n" + section + END;
        String text = Files.exists(doc) ? Files.readString(doc) : "";
        if (text.contains(START)) {
            text = text.substring(0, text.indexOf(START)) + block + text.substring(text.indexOf(END) + END.length());
        } else {
            text = text + (text.isEmpty() ? "" : "\n") + block + "\n";
        }
        Files.writeString(doc, text);
    }
}
