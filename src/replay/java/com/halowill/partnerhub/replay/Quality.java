package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.app.demo.DemandLine;
import io.quarkus.logging.Log;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The promise-quality measures of one way of promising in one scenario, computed from what partners saw (every
 * schedule each line was given) and what shipped, never from the platform's own figures.
 */
record Quality(int promisedTwice, long ltaUnits, long ltaOnTime, long spotUnits, long spotOnTime,
        long unitsDated, long onTimeFirst, long onTimeLast, int moves, int explained, Double noticeMedian,
        Map<String, long[]> fill, long ltaDatedLate) {

    static final List<String> DISTRIBUTORS = List.of("NWOS", "CASC", "PRDC", "MAPL");

    static Quality of(List<LineStory> lines, List<MoveSeen> moves, int promisedTwice,
            Map<DemandLine, Integer> ltaVolume) {
        long ltaUnits = 0;
        long ltaOnTime = 0;
        long spotUnits = 0;
        long spotOnTime = 0;
        long dated = 0;
        long onTimeFirst = 0;
        long onTimeLast = 0;
        long ltaDatedLate = 0;
        Map<String, long[]> fill = new TreeMap<>();
        for (LineStory story : lines) {
            DemandLine l = story.line;
            int q = l.quantity();
            LocalDate[] first = new LocalDate[q];
            LocalDate[] last = new LocalDate[q];
            for (LineStory.Seen seen : story.seen) {
                LocalDate[] dates = story.unitDates(seen.schedule());
                for (int u = 0; u < q; u++) {
                    if (dates[u] != null) {
                        first[u] = first[u] == null ? dates[u] : first[u];
                        last[u] = dates[u];
                    }
                }
            }
            int firstOnTime = 0;
            int withDate = 0;
            int lastKept = 0;
            LocalDate[] shipped = story.unitShipDays();
            for (int u = 0; u < q; u++) {
                if (first[u] != null) {
                    withDate++;
                    firstOnTime += !first[u].isAfter(l.requested()) ? 1 : 0;
                    onTimeFirst += shipped[u] != null && !shipped[u].isAfter(first[u]) ? 1 : 0;
                    lastKept += shipped[u] != null && !shipped[u].isAfter(last[u]) ? 1 : 0;
                }
            }
            dated += withDate;
            onTimeLast += lastKept;
            int onTime = story.shippedBy(l.requested());
            if (Boolean.getBoolean("partnerhub.replay.trace") && lastKept < withDate) {
                Log.infof("last date not kept: %s line %d, %s %s, requested %s, %d of %d dated units shipped by"
                        + " their last date; seen %s; shipped %s", l.po(), l.lineNumber(), l.distributor(), l.sku(),
                        l.requested(), lastKept, withDate, story.seen, story.shipped);
            }
            long[] f = fill.computeIfAbsent(l.distributor(), k -> new long[2]);
            f[0] += onTime;
            f[1] += q;
            Integer lta = ltaVolume.get(l);
            if (lta != null) {
                ltaUnits += lta;
                ltaOnTime += Math.min(lta, onTime);
                ltaDatedLate += Math.max(0, lta - firstOnTime);
                if (Boolean.getBoolean("partnerhub.replay.trace") && onTime < lta) {
                    Log.infof("LTA call-off short: %s line %d, %s %s, requested %s, placed %s, %d of %d"
                            + " within LTA volume, %d shipped by then; seen %s", l.po(), l.lineNumber(), l.distributor(),
                            l.sku(), l.requested(), l.placedOn(), lta, q, onTime, story.seen);
                }
                spotUnits += q - lta;
                spotOnTime += Math.max(0, onTime - lta);
            }
        }
        int explained = (int) moves.stream().filter(MoveSeen::explained).count();
        List<Long> notices = new ArrayList<>(moves.stream().map(MoveSeen::noticeDays).filter(n -> n != null).sorted()
                .toList());
        Double median = notices.isEmpty() ? null : notices.size() % 2 == 1 ? (double) notices.get(notices.size() / 2)
                : (notices.get(notices.size() / 2 - 1) + notices.get(notices.size() / 2)) / 2.0;
        return new Quality(promisedTwice, ltaUnits, ltaOnTime, spotUnits, spotOnTime, dated, onTimeFirst,
                onTimeLast, moves.size(), explained, median, fill, ltaDatedLate);
    }

    double ltaFill() {
        return share(ltaOnTime, ltaUnits);
    }

    double holdersSpotFill() {
        return share(spotOnTime, spotUnits);
    }

    double otifFirst() {
        return share(onTimeFirst, unitsDated);
    }

    double otifLast() {
        return share(onTimeLast, unitsDated);
    }

    /** The share of all ordered units shipped by their requested date. */
    double fillAll() {
        return share(fill.values().stream().mapToLong(f -> f[0]).sum(), fill.values().stream().mapToLong(f -> f[1])
                .sum());
    }

    double fill(String distributor) {
        long[] f = fill.getOrDefault(distributor, new long[2]);
        return share(f[0], f[1]);
    }

    /** The block, exactly as the promise-quality report gives it. */
    String block(String scenario) {
        StringBuilder fillText = new StringBuilder();
        for (String d : DISTRIBUTORS) {
            fillText.append(fillText.isEmpty() ? "" : ", ").append(d).append(' ').append(pct(fill(d)));
        }
        return "scenario: " + scenario + "\n"
                + "units promised twice: " + promisedTwice + "\n"
                + "LTA protected fill: " + pct(ltaFill()) + "\n"
                + "OTIF vs first date: " + pct(otifFirst()) + "\n"
                + "OTIF vs last date: " + pct(otifLast()) + "\n"
                + "moves: " + moves + ", with reason and history: " + explained + ", notice median: "
                + (noticeMedian == null ? "none" : String.format(Locale.ROOT, "%.0f days", noticeMedian)) + "\n"
                + "fill by distributor: " + fillText + "\n";
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** Two shares "a against b", with as many decimals as it takes to tell them apart (up to three). */
    static String pctApart(double a, double b) {
        for (int d = 1; d <= 3; d++) {
            String x = String.format(Locale.ROOT, "%." + d + "f%%", a * 100);
            String y = String.format(Locale.ROOT, "%." + d + "f%%", b * 100);
            if (!x.equals(y) || d == 3) {
                return x + " against " + y;
            }
        }
        throw new IllegalStateException();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }
}
