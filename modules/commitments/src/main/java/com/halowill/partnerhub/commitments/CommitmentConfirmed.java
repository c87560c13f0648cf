package com.halowill.partnerhub.commitments;

/** Fired in the confirming transaction when ops confirms a commitment; the demand's owner updates its line. */
public record CommitmentConfirmed(Commitment commitment) {
}
