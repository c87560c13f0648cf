package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.DatabaseOutage;
import com.halowill.partnerhub.commitments.Promises;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Group commit for intake: the orders that arrive while a group is being written wait and then go together, in
 * one transaction with a savepoint each and one commit. Intake locks the shared pool families, so one order
 * per transaction queues every concurrent order behind one lock, one plan and one commit; a group pays those
 * once: the pools of every product the group orders are locked and read at its start, in one go, and each
 * order's promise plans on that reading ({@link Promises#holdForIntake}). Correctness stays with PostgreSQL (the
 * row locks, the unique keys); grouping only shares the transaction.
 *
 * <p>An order that fails (a rejection, a PO number already used) is rolled back to its savepoint and its caller
 * gets the exception; the others commit. A failure that dooms the whole transaction (an SQL error) makes every
 * order of the group run again alone in its own transaction, so each gets its own answer. A lost database fails
 * the whole group at once, as it would have failed each order.
 */
@ApplicationScoped
class IntakeGroups {

    /** One caller's work, the products it orders, and its result. */
    private record Pending(Collection<String> skus, Supplier<Object> work, CompletableFuture<Object> result) {
    }

    private final EntityManager em;
    private final TransactionManager transactions;
    private final Promises promises;
    private final Catalog catalog;
    private final int maxGroup;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private Thread writer;
    private volatile boolean stopped;

    IntakeGroups(EntityManager em, TransactionManager transactions, Promises promises, Catalog catalog,
            @ConfigProperty(name = "partnerhub.intake.max-group", defaultValue = "64") int maxGroup) {
        this.promises = promises;
        this.catalog = catalog;
        this.em = em;
        this.transactions = transactions;
        this.maxGroup = maxGroup;
    }

    /**
     * Runs {@code work} (the intake of an order for these products) in the transaction of the next group and
     * answers its result once the group committed.
     */
    @SuppressWarnings("unchecked")
    <T> T run(Collection<String> skus, Supplier<T> work) {
        if (stopped) {
            throw new IllegalStateException("the application is shutting down");
        }
        startWriter();
        CompletableFuture<Object> result = new CompletableFuture<>();
        queue.add(new Pending(skus, (Supplier<Object>) work, result));
        try {
            return (T) result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the order was taken in", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private synchronized void startWriter() {
        if (writer == null) {
            writer = new Thread(this::write, "partnerhub-intake-groups");
            writer.setDaemon(true);
            writer.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        synchronized (this) {
            if (writer != null) {
                writer.interrupt();
            }
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.result().completeExceptionally(new IllegalStateException("the application stopped")));
    }

    private void write() {
        while (!stopped) {
            List<Pending> group = new ArrayList<>();
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(group, maxGroup - 1);
            try {
                writeGroup(group);
            } catch (RuntimeException | Error e) {
                group.forEach(p -> p.result().completeExceptionally(e));
            }
        }
    }

    private void writeGroup(List<Pending> group) {
        if (group.size() == 1) {
            alone(group.get(0));
            return;
        }
        List<Object> results = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        boolean[] doomed = {false};
        try {
            inTransaction(() -> {
                try {
                    promises.holdForIntake(orderable(group));
                } catch (RuntimeException e) {
                    if (DatabaseOutage.causes(e)) {
                        throw e;
                    }
                    Log.warnf("an intake group of %d orders could not lock its pools (%s); its orders are taken in"
                            + " one by one", group.size(), e.toString());
                    doomed[0] = true;
                    return null;
                }
                for (int i = 0; i < group.size(); i++) {
                    String savepoint = "intake_" + i;
                    sql("savepoint " + savepoint);
                    try {
                        Object result = group.get(i).work().get();
                        em.flush();
                        em.clear();
                        results.add(result);
                        failures.add(null);
                    } catch (RuntimeException e) {
                        if (DatabaseOutage.causes(e)) {
                            throw e;
                        }
                        if (rollbackOnly()) {
                            Log.warnf("an intake group of %d orders failed (%s); its orders are taken in one by one",
                                    group.size(), e.toString());
                            doomed[0] = true;
                            return null;
                        }
                        em.clear();
                        sql("rollback to savepoint " + savepoint);
                        promises.forgetHeld();
                        results.add(null);
                        failures.add(e);
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (!doomed[0] || DatabaseOutage.causes(e)) {
                throw e;
            }
        }
        if (doomed[0]) {
            group.forEach(this::alone);
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            if (failures.get(i) == null) {
                group.get(i).result().complete(results.get(i));
            } else {
                group.get(i).result().completeExceptionally(failures.get(i));
            }
        }
    }

    /** The products of the group that exist: their pools are locked in one go, in the one lock order. */
    private Set<String> orderable(List<Pending> group) {
        Set<String> shaped = new TreeSet<>();
        group.forEach(p -> p.skus().stream().filter(s -> s != null && OrderValidation.skuShaped(s))
                .forEach(shaped::add));
        return new TreeSet<>(catalog.find(shaped).keySet());
    }

    private void alone(Pending p) {
        try {
            p.result().complete(inTransaction(p.work()));
        } catch (RuntimeException e) {
            p.result().completeExceptionally(e);
        }
    }

    /** Begins a transaction on this thread, runs the work, commits; any failure rolls back and is thrown. */
    private <T> T inTransaction(Supplier<T> work) {
        try {
            transactions.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("could not begin a transaction", e);
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        }
        try {
            transactions.commit();
        } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException e) {
            throw new IllegalStateException("the transaction did not commit", e);
        }
        return result;
    }

    private void rollback(Throwable cause) {
        try {
            transactions.rollback();
        } catch (SystemException | IllegalStateException e) {
            cause.addSuppressed(e);
        }
    }

    private boolean rollbackOnly() {
        try {
            return transactions.getStatus() == Status.STATUS_MARKED_ROLLBACK;
        } catch (SystemException e) {
            return true;
        }
    }

    private void sql(String statement) {
        em.unwrap(Session.class).doWork(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(statement);
            }
        });
    }
}
