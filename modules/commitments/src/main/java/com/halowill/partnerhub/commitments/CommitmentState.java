package com.halowill.partnerhub.commitments;

/**
 * A proposal holds supply from the moment the engine makes it; ops confirm it (what partners rely on),
 * or reject it (its supply is released). A cancelled commitment holds nothing.
 */
public enum CommitmentState {
    PROPOSED, CONFIRMED, REJECTED, CANCELLED
}
