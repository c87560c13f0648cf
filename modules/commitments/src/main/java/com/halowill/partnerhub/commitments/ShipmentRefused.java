package com.halowill.partnerhub.commitments;

/** A shipment the commitments cannot back (not confirmed, not that many units ready); nothing was recorded. */
public class ShipmentRefused extends RuntimeException {

    public ShipmentRefused(String message) {
        super(message);
    }
}
