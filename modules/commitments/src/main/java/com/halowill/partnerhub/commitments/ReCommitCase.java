package com.halowill.partnerhub.commitments;

import java.time.Instant;

/** A re-commit case: opened when supply changed under commitments (or could fill backorders), closed by ops. */
public record ReCommitCase(long id, Instant openedAt, String openedBy, String reason, String status,
        Instant closedAt, String closedBy, String outcome) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
