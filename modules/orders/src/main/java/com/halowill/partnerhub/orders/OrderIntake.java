package com.halowill.partnerhub.orders;

import java.util.Optional;

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

    /** Keeps the answer given to the first call with this key (in the submitting transaction), for its retries. */
    void rememberAnswer(String distributor, String idempotencyKey, int status, String body);

    /** The answer the first call with this key was given, if it was kept. */
    Optional<Answer> firstAnswer(String distributor, String idempotencyKey);

    /** An HTTP answer as it was sent: status and body. */
    record Answer(int status, String body) {
    }
}
