package com.halowill.partnerhub.commitments.internal.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * The LTA and cap ledgers loaded for one transaction, and what they held when loaded, so only the
 * differences the engine made are written back (as increments), as often as a transaction needs.
 */
public final class AllocationTotals {

    public final List<LtaLedger> ltas;
    public final List<CapLedger> caps;
    private final List<int[]> drawnBefore = new ArrayList<>();
    private final List<int[]> yieldedBefore = new ArrayList<>();
    private final List<Integer> usedBefore = new ArrayList<>();

    public AllocationTotals(List<LtaLedger> ltas, List<CapLedger> caps) {
        this.ltas = List.copyOf(ltas);
        this.caps = List.copyOf(caps);
        ltas.forEach(l -> drawnBefore.add(l.drawn.clone()));
        ltas.forEach(l -> yieldedBefore.add(l.yielded.clone()));
        caps.forEach(c -> usedBefore.add(c.used));
    }

    /** After the differences were written: what is held now is the new starting point. */
    public void saved() {
        for (int i = 0; i < ltas.size(); i++) {
            drawnBefore.set(i, ltas.get(i).drawn.clone());
            yieldedBefore.set(i, ltas.get(i).yielded.clone());
        }
        for (int i = 0; i < caps.size(); i++) {
            usedBefore.set(i, caps.get(i).used);
        }
    }

    /** Per LTA week, how much more (or less) was drawn since loading (or since last saved). */
    public int drawnDelta(int lta, int week) {
        return ltas.get(lta).drawn[week] - drawnBefore.get(lta)[week];
    }

    /** Per LTA week, how much more protection a re-commit yielded since loading (or since last saved). */
    public int yieldedDelta(int lta, int week) {
        return ltas.get(lta).yielded[week] - yieldedBefore.get(lta)[week];
    }

    public int usedDelta(int cap) {
        return caps.get(cap).used - usedBefore.get(cap);
    }
}
