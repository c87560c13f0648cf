package com.halowill.partnerhub.commitments;

import com.halowill.partnerhub.inventory.PlanChange;
import java.util.List;
import java.util.Optional;

/**
 * Re-commitment when supply moves. A supply change never fails because commitments relied on it: it
 * opens a case; ops preview which lines move (from which date to which) and which LTAs are at risk,
 * then approve; lines move with a reason code, full history and a {@link CommitmentsChanged} event.
 */
public interface ReCommits {

    Optional<ReCommitCase> openCase();

    /** The newest cases first. */
    List<ReCommitCase> cases(int limit);

    /** What approving now would do (whether or not a case is open), committing nothing. */
    ReCommitPreview preview();

    /** What a supply change would move if it were made, committing nothing (the plan import's preview). */
    ReCommitPreview simulate(List<PlanChange> changes);

    /**
     * Moves every uncovered commitment (lowest priority first: non-LTA before LTA, later requested dates before
     * earlier ones, proposals before confirmations, latest received first) and fills backorders, then closes the
     * case; partners are told in the same transaction.
     *
     * @throws java.util.NoSuchElementException when the case is not the open one
     */
    ReCommitCase approve(long caseId, String planner);
}
