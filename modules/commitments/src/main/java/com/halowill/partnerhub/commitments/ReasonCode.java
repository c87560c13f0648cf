package com.halowill.partnerhub.commitments;

/**
 * Why a commitment changed. Every change a partner can see is recorded with one of these; ops choose
 * from the ones marked {@link #opsChoice()} when they override or reject a proposal.
 */
public enum ReasonCode {
    NEW_DEMAND("Promised by the engine at intake", false),
    OPS_CONFIRMED("Confirmed by HaloWill operations", false),
    CUSTOMER_REQUEST("At the customer's request", true),
    SUPPLY_CONSTRAINT("Supply is constrained", true),
    QUALITY_HOLD("Quality hold on the supply", true),
    ALLOCATION_DECISION("Allocation decision by HaloWill", true),
    LOGISTICS("Logistics or shipping constraint", true),
    PRICE_REVIEW("Price under review", true),
    SUPPLY_CHANGE("The supply plan changed", false),
    BACKORDER_RUN("Shortage shared by backorder processing", false),
    SHIPPED("Shipped", false),
    CANCELLED("Cancelled", false);

    private final String text;
    private final boolean opsChoice;

    ReasonCode(String text, boolean opsChoice) {
        this.text = text;
        this.opsChoice = opsChoice;
    }

    public String text() {
        return text;
    }

    public boolean opsChoice() {
        return opsChoice;
    }
}
