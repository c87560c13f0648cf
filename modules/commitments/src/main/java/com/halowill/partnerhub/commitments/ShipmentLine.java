package com.halowill.partnerhub.commitments;

/** Units shipped against one demand (an order line, known by its reference). */
public record ShipmentLine(String demandRef, int quantity) {
}
