package com.halowill.partnerhub.commitments;

/** Fired in the transaction that records a shipment; notifications tell the partner. */
public record ShipmentRecorded(Shipment shipment) {
}
