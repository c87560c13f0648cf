package com.halowill.partnerhub.orders;

/** Takes purchase orders in from every channel, exactly once per idempotency key and PO number. */
public interface OrderIntake {

    /**
     * Validates and stores the order and proposes a commitment per line, in one transaction.
     *
     * @throws OrderRejected when the order is invalid (nothing is stored)
     * @throws IdempotencyKeyReused when the key was used for another body
     * @throws DuplicatePoNumber when the PO number was used under another key
     */
    Submission submit(SubmitOrder order);
}
