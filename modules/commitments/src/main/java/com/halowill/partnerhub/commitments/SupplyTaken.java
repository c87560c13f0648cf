package com.halowill.partnerhub.commitments;

/** The supply a proposal counted on was reserved by someone else before it could be confirmed. */
public class SupplyTaken extends RuntimeException {

    public SupplyTaken(String message) {
        super(message);
    }
}
