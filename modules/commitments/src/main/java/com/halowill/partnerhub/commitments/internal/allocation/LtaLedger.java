package com.halowill.partnerhub.commitments.internal.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One long-term agreement in memory: its weekly quota (the committed volume spread over the weeks of
 * its period) and what its holder has drawn in each week. What is left of a week's quota stays
 * protected for the holder until the fence (ops-set, in weeks before the week starts) releases it, or until a supply
 * cut leaves nothing to build it from: a re-commit then yields it for good.
 */
public final class LtaLedger {

    public final String code;
    public final String distributor;
    public final String sku;
    public final LocalDate periodStart;
    public final LocalDate periodEnd;
    public final int committed;
    public final int fenceWeeks;
    public final List<LocalDate> weeks;
    public final int[] quota;
    public final int[] drawn;
    /** Per week, protection a re-commit gave up because a cut left no supply to build it from. */
    public final int[] yielded;

    public LtaLedger(String code, String distributor, String sku, LocalDate periodStart, LocalDate periodEnd,
            int committed, int fenceWeeks, List<LocalDate> weeks, int[] quota, int[] drawn) {
        this(code, distributor, sku, periodStart, periodEnd, committed, fenceWeeks, weeks, quota, drawn,
                new int[quota.length]);
    }

    public LtaLedger(String code, String distributor, String sku, LocalDate periodStart, LocalDate periodEnd,
            int committed, int fenceWeeks, List<LocalDate> weeks, int[] quota, int[] drawn, int[] yielded) {
        this.code = code;
        this.distributor = distributor;
        this.sku = sku;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.committed = committed;
        this.fenceWeeks = fenceWeeks;
        this.weeks = List.copyOf(weeks);
        this.quota = quota.clone();
        this.drawn = drawn.clone();
        this.yielded = yielded.clone();
    }

    /** The Mondays of the weeks that overlap the period. */
    public static List<LocalDate> periodWeeks(LocalDate start, LocalDate end) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate w = Weeks.monday(start); !w.isAfter(end); w = w.plusWeeks(1)) {
            weeks.add(w);
        }
        return weeks;
    }

    /** The committed volume spread evenly over the weeks, the remainder going to the first weeks. */
    public static int[] evenQuota(int committed, int weeks) {
        int[] q = new int[weeks];
        for (int i = 0; i < weeks; i++) {
            q[i] = committed / weeks + (i < committed % weeks ? 1 : 0);
        }
        return q;
    }

    public boolean covers(LocalDate shipDate) {
        return !shipDate.isBefore(periodStart) && !shipDate.isAfter(periodEnd);
    }

    public int remaining() {
        int used = 0;
        for (int d : drawn) {
            used += d;
        }
        return Math.max(0, committed - used);
    }

    public int weekIndex(LocalDate day) {
        return weeks.indexOf(Weeks.monday(day));
    }

    public void draw(LocalDate shipDate, int units) {
        drawn[weekIndex(shipDate)] += units;
    }

    /**
     * The LTA units the holder may still draw for units shipping on a date: what the quota of that date's week has
     * left. Volume is never pulled forward from later weeks nor carried over from earlier ones, so a week's call-offs
     * can never take another week's protection; what a holder orders beyond it is spot.
     */
    public int drawable(LocalDate shipDate) {
        int i = weekIndex(shipDate);
        return i < 0 ? 0 : Math.max(0, quota[i] - drawn[i]);
    }

    /**
     * Units still protected for the holder in each week of the period: the week's quota less what was drawn in it and
     * what a cut made it yield, for weeks beyond the fence only, and never more in all than the volume neither drawn
     * nor yielded.
     */
    public int[] protectedUnits(LocalDate today) {
        int[] p = new int[weeks.size()];
        int total = 0;
        for (int i = 0; i < p.length; i++) {
            if (beyondFence(weeks.get(i), today)) {
                p[i] = Math.max(0, quota[i] - drawn[i] - yielded[i]);
                total += p[i];
            }
        }
        int excess = total - Math.max(0, remaining() - yieldedInAll());
        for (int i = p.length - 1; i >= 0 && excess > 0; i--) {
            int cut = Math.min(excess, p[i]);
            p[i] -= cut;
            excess -= cut;
        }
        return p;
    }

    /** Whether the week of {@code day} is still beyond the fence, so its quota left is protected for the holder. */
    public boolean beyondFence(LocalDate day, LocalDate today) {
        return Weeks.monday(day).isAfter(today.plusWeeks(fenceWeeks));
    }

    /** The protection re-commits made this LTA give up, in all weeks. */
    public int yieldedInAll() {
        return Arrays.stream(yielded).sum();
    }

    /**
     * Gives up for good what is still protected in one week (a cut left nothing to build it from, so holding it would
     * only make later weeks look short). Answers the units yielded.
     */
    public int yieldWeek(int weekIndex, LocalDate today) {
        int units = protectedUnits(today)[weekIndex];
        yielded[weekIndex] += units;
        return units;
    }
}
