package com.halowill.partnerhub.commitments;

import java.util.List;

/**
 * What a re-commit would do, committing nothing: every commitment that moves (held and confirmed), the
 * units no supply covers any more, the LTAs at risk, and shortages nothing can resolve (shipped units).
 */
public record ReCommitPreview(Long caseId, String reason, List<Move> moves, int uncoveredUnits,
        List<LtaRisk> ltasAtRisk, List<String> unresolved) {

    public ReCommitPreview {
        moves = List.copyOf(moves);
        ltasAtRisk = List.copyOf(ltasAtRisk);
        unresolved = List.copyOf(unresolved);
    }

    public int movedLate() {
        return (int) moves.stream().filter(m -> m.daysMoved() != null && m.daysMoved() > 0).count();
    }

    public int newlyBackordered() {
        return moves.stream().mapToInt(m -> Math.max(0, m.backorderedAfter() - m.backorderedBefore())).sum();
    }

    public int filledBackorders() {
        return moves.stream().mapToInt(m -> Math.max(0, m.backorderedBefore() - m.backorderedAfter())).sum();
    }
}
