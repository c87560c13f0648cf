package com.halowill.partnerhub.commitments;

import java.time.LocalDate;

/**
 * An ops decision on a proposal or commitment: ship no later than a date, commit a smaller quantity,
 * or serve it only from stock or only from builds (any may be null), always with a reason.
 */
public record OpsDecision(LocalDate shipBy, Integer quantity, SourceChoice source, ReasonCode reason, String note) {

    /** Where ops want the units to come from. */
    public enum SourceChoice {
        STOCK, BUILD
    }
}
