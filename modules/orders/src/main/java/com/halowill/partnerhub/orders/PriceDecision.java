package com.halowill.partnerhub.orders;

/** What ops decide for a line sent with another price than the contract's. */
public enum PriceDecision {
    /** The line keeps the unit price the customer sent. */
    KEEP_CUSTOMER_PRICE,
    /** The line is charged the distributor's contract price of today. */
    CONTRACT_PRICE
}
