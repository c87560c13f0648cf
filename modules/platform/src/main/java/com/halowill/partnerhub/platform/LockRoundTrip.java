package com.halowill.partnerhub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements a transaction enlists to ride on the round trip that takes its next lock, so that neither costs a round
 * trip of its own (ADR 11): some go before the lock (intake's insert of its keys, orders and lines, whose outcome
 * decides what is promised), some after it (the allocation totals, read under the lock). Whoever sends the lock
 * takes them ({@link #take}); what a transaction enlisted and nobody took ends with it.
 */
@ApplicationScoped
public class LockRoundTrip {

    /** What was enlisted, in the order it was: to be sent before the lock, and after it. */
    public record Enlisted(List<AlongRead<?>> before, List<AlongRead<?>> after) {

        /** Whether nothing was enlisted. */
        public boolean isEmpty() {
            return before.isEmpty() && after.isEmpty();
        }
    }

    private final TransactionSynchronizationRegistry transactions;

    LockRoundTrip(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** A statement to send before the next lock of this transaction, in the same round trip. */
    public void before(AlongRead<?> read) {
        enlisted().before().add(read);
    }

    /** A statement to send right after the next lock of this transaction (it reads what the lock protects). */
    public void after(AlongRead<?> read) {
        enlisted().after().add(read);
    }

    /** Takes what this transaction enlisted, leaving nothing behind; outside a transaction there is nothing. */
    public Enlisted take() {
        if (transactions.getTransactionKey() == null) {
            return new Enlisted(List.of(), List.of());
        }
        Enlisted e = (Enlisted) transactions.getResource(this);
        transactions.putResource(this, null);
        return e == null ? new Enlisted(List.of(), List.of()) : e;
    }

    private Enlisted enlisted() {
        Enlisted e = (Enlisted) transactions.getResource(this);
        if (e == null) {
            e = new Enlisted(new ArrayList<>(), new ArrayList<>());
            transactions.putResource(this, e);
        }
        return e;
    }
}
