package com.halowill.partnerhub.orders.internal;

import com.halowill.partnerhub.platform.DatabaseOutage;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Group commit for intake: the orders that arrive while a group is being written wait and then go together, in
 * one transaction and one commit. Intake locks the shared pool families, so one order per transaction queues every
 * concurrent order behind one lock, one plan and one commit; a group pays those once: {@link IntakeBatch} writes
 * each kind of row for the whole group in one statement and makes one promise for all its lines, which locks the
 * pools only after the orders are written. Two groups (by default) may be written at once, so that one writes its
 * orders while the other holds the pool locks. Correctness stays with PostgreSQL (the row locks, the unique keys);
 * grouping only shares the transaction.
 *
 * <p>A group uses the reference data held in memory and checks at its end that they did not move (one round trip
 * less for every group); if they did, it rolls back and runs again with the check first ({@link ReferenceMoved}).
 *
 * <p>A caller that finds nothing waiting and a group free writes its order itself, on its own thread, with whatever
 * arrived meanwhile: an order alone (an ERP sending one PO after another) is not handed to a writer thread and
 * back. Orders that find every group busy queue for the writer threads and go with the next group.
 *
 * <p>A rejected order, a replay or a PO number already used is that order's own answer; the others commit. A
 * failure that dooms the whole transaction (an SQL error) makes every order of the group run again alone in its
 * own transaction, so each gets its own answer. A lost database fails the whole group at once, as it would have
 * failed each order.
 */
@ApplicationScoped
class IntakeGroups {

    /** One caller's order and its result. */
    private record Pending(IntakeBatch.Item item, CompletableFuture<Object> result) {
    }

    private final TransactionManager transactions;
    private final IntakeBatch batch;
    private final int maxGroup;
    private final int writerCount;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    /** One permit for each group that may be written at once, by a writer thread or by a caller. */
    private final Semaphore groupsAtOnce;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean stopped;

    IntakeGroups(TransactionManager transactions, IntakeBatch batch,
            @ConfigProperty(name = "partnerhub.intake.max-group", defaultValue = "64") int maxGroup,
            @ConfigProperty(name = "partnerhub.intake.writers", defaultValue = "2") int writers) {
        this.batch = batch;
        this.transactions = transactions;
        this.maxGroup = maxGroup;
        this.writerCount = Math.max(1, writers);
        this.groupsAtOnce = new Semaphore(writerCount);
    }

    /** Takes the order in with the next group and answers its caller's answer once the group committed. */
    Object run(IntakeBatch.Item item) {
        if (stopped) {
            throw new IllegalStateException("the application is shutting down");
        }
        startWriter();
        CompletableFuture<Object> result = new CompletableFuture<>();
        Pending mine = new Pending(item, result);
        if (queue.isEmpty() && outsideTransaction() && groupsAtOnce.tryAcquire()) {
            try {
                List<Pending> group = new ArrayList<>();
                group.add(mine);
                queue.drainTo(group, maxGroup - 1);
                writeSafely(group);
            } finally {
                groupsAtOnce.release();
            }
        } else {
            queue.add(mine);
        }
        try {
            return result.get();
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
        while (writers.size() < writerCount) {
            Thread writer = new Thread(this::write, "partnerhub-intake-groups-" + (writers.size() + 1));
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        synchronized (this) {
            writers.forEach(Thread::interrupt);
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
            try {
                groupsAtOnce.acquire();
            } catch (InterruptedException e) {
                group.forEach(p -> p.result().completeExceptionally(new IllegalStateException("the application "
                        + "stopped")));
                return;
            }
            try {
                queue.drainTo(group, maxGroup - 1);
                writeSafely(group);
            } finally {
                groupsAtOnce.release();
            }
        }
    }

    /** A caller already in a transaction cannot begin the group's own; its order goes to a writer thread. */
    private boolean outsideTransaction() {
        try {
            return transactions.getStatus() == Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return false;
        }
    }

    private void writeSafely(List<Pending> group) {
        try {
            writeGroup(group);
        } catch (RuntimeException | Error e) {
            group.forEach(p -> p.result().completeExceptionally(e));
        }
    }

    private void writeGroup(List<Pending> group) {
        List<IntakeBatch.Item> items = group.stream().map(Pending::item).toList();
        List<IntakeBatch.Outcome> outcomes;
        try {
            try {
                outcomes = inTransaction(() -> batch.take(items, true));
            } catch (ReferenceMoved moved) {
                outcomes = inTransaction(() -> batch.take(items, false));
            }
        } catch (RuntimeException e) {
            if (group.size() == 1 || DatabaseOutage.causes(e)) {
                throw e;
            }
            Log.warnf("an intake group of %d orders failed (%s); its orders are taken in one by one", group.size(),
                    e.toString());
            group.forEach(this::alone);
            return;
        }
        List<Pending> again = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            IntakeBatch.Outcome o = outcomes.get(i);
            if (o.again()) {
                again.add(group.get(i));
            } else if (o.failure() != null) {
                group.get(i).result().completeExceptionally(o.failure());
            } else {
                group.get(i).result().complete(o.answer());
            }
        }
        again.forEach(this::alone);
    }

    private void alone(Pending p) {
        try {
            IntakeBatch.Outcome o = inTransaction(() -> batch.take(List.of(p.item()))).get(0);
            if (o.failure() != null) {
                p.result().completeExceptionally(o.failure());
            } else {
                p.result().complete(o.answer());
            }
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
}
