package com.halowill.partnerhub.commitments;

import java.util.List;

/**
 * Fired once per transaction that changes commitments in ways partners can see, with every change it
 * made (one for a confirmation, thousands for a re-commit), so observers can update in bulk.
 */
public record CommitmentsChanged(List<CommitmentChanged> changes) {

    public CommitmentsChanged {
        changes = List.copyOf(changes);
    }
}
