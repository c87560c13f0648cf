package com.halowill.partnerhub.commitments;

/**
 * An LTA's ledger: volume committed, called off (ordered against it), shipped, remaining, still protected,
 * protection given up because supply cuts left nothing to build it from, and where its holder stands against the
 * take-or-pay share.
 */
public record LtaStatus(Lta lta, int calledOff, int shipped, int remaining, int protectedNow, int yieldedToCuts,
        int takeOrPayQuantity, int expectedByNow, TakeOrPay takeOrPay) {

    /** Met: called off at least the take-or-pay share; on track or at risk against its pro-rata share to date. */
    public enum TakeOrPay {
        MET, ON_TRACK, AT_RISK
    }
}
