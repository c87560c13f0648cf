package com.halowill.partnerhub.orders;

/**
 * Fired in the transaction that answers a change request: when it is submitted (each line carried out at once or
 * waiting for ops) and when ops decide it. Channels tell the partner (the X12 865).
 */
public record ChangeRequestAnswered(ChangeRequest request) {
}
