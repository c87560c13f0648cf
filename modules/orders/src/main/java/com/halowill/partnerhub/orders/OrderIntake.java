package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * Like {@link #submit}, but together with the orders arriving at the same moment on this instance: one
     * transaction and one commit for the group, a savepoint for each order, so one order's rejection or failure
     * is its own. {@code answer} runs in that transaction right after the order (to keep the first answer with
     * {@link #keepReceipt}, say) and must not need the caller's request; its result is returned once the group
     * has committed. Never call it inside a transaction of one's own.
     *
     * @throws OrderRejected when the order is invalid (nothing is stored)
     * @throws IdempotencyKeyReused when the key was used for another body
     * @throws DuplicatePoNumber when the PO number was used under another key
     */
    <T> T submitTogether(SubmitOrder order, Function<Submission, T> answer);

    /** Keeps the receipt the caller gave the first call with this key (in the submitting transaction). */
    void keepReceipt(DistributorCode distributor, String idempotencyKey, Receipt receipt);

    /** The receipt the first call with this key was given, if it was kept. */
    Optional<Receipt> firstReceipt(DistributorCode distributor, String idempotencyKey);

    /** What the caller answered a request with, kept as it gave it: opaque to orders (a code and a text). */
    record Receipt(int code, String text) {
    }
}
