package com.halowill.partnerhub.platform;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * A module's reference data (products and prices, lines and warehouses, distributors) held in memory and
 * read again whenever the module's revision in the database has moved.
 *
 * <p>{@code catalog.reference_revision} keeps one revision per module; statement triggers on the module's
 * reference tables count it up from a sequence, whoever writes them (this instance, another one, a migration,
 * psql), and a number a rolled-back write took is never seen again. A caller sees data as fresh as a read of
 * the tables: every module's revision is read in one query, once per transaction (each call without one), and
 * a module's data are read again when its revision differs from the one they were read at. So several app
 * instances stay correct with no messages between them, and a hot path pays one small query per transaction
 * instead of one per table.
 *
 * <p>A transaction that can be run again may check afterwards instead ({@link #deferCheck}): it is served the data
 * held in memory without reading the revisions first, and {@link #deferredCheck} reads them at its end, in the
 * round trip of its last statements; if a module's revision moved from the one its data were read at, the caller
 * rolls back and runs the work again with the check first. Data checked at the end of a transaction are as fresh as
 * data read at its start, and intake saves the round trip that would open every transaction.
 */
public final class ReferenceSnapshot<T> {

    private static final String REVISIONS = "select module, n from catalog.reference_revision";
    /** The transaction resource under which the revisions read in it are kept. */
    private static final Object REVISIONS_KEY = new Object();
    private static final Object STALE = new Object();
    /** The transaction resource under which a deferring transaction keeps the revision each module was served at. */
    private static final Object DEFERRED_KEY = new Object();
    private static final String MOVED = """
            select r.module from catalog.reference_revision r
            join unnest(?::varchar[], ?::int8[]) as served(module, n) on served.module = r.module
            where r.n <> served.n""";

    private record Held<T>(long revision, T value) {
    }

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final String module;
    private final Supplier<T> reader;
    private volatile Held<T> held;

    /**
     * @param module the module's row in {@code catalog.reference_revision}
     * @param reader reads all of the data, in the caller's transaction
     */
    public ReferenceSnapshot(EntityManager em, TransactionSynchronizationRegistry transactions, String module,
            Supplier<T> reader) {
        this.em = em;
        this.transactions = transactions;
        this.module = module;
        this.reader = reader;
    }

    /** The data as of the revision this transaction sees. */
    @SuppressWarnings("unchecked")
    public T get() {
        boolean inTransaction = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        if (inTransaction) {
            Object seen = transactions.getResource(this);
            if (seen != null && seen != STALE) {
                return (T) seen;
            }
        }
        Map<String, Long> served = inTransaction ? deferred(transactions) : null;
        Held<T> current = held;
        if (served != null && current != null && transactions.getResource(REVISIONS_KEY) == null) {
            served.put(module, current.revision());
            transactions.putResource(this, current.value());
            return current.value();
        }
        Long revision = revisions(inTransaction).get(module);
        if (served != null && revision != null) {
            served.put(module, revision);
        }
        if (revision == null) {
            throw new IllegalStateException("catalog.reference_revision has no row for module " + module);
        }
        Held<T> h = held;
        if (h == null || h.revision() != revision) {
            // Read after the revision: a change committed in between makes the next check read again.
            h = new Held<>(revision, reader.get());
            Held<T> latest = held;
            if (latest == null || latest.revision() <= revision) {
                held = h;
            }
        }
        if (inTransaction) {
            transactions.putResource(this, h.value());
        }
        return h.value();
    }

    /**
     * Called by the module after it wrote its reference tables in the current transaction: flushes, so the
     * triggers have run, and makes the next {@link #get()} in this transaction read the revisions and the data
     * again.
     */
    public void changed() {
        em.flush();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.putResource(this, STALE);
            transactions.putResource(REVISIONS_KEY, STALE);
        }
    }

    /**
     * Defers the check of the revisions in the current transaction: every snapshot that holds data serves them
     * without reading the revisions; {@link #deferredCheck} must then be read before the transaction commits.
     */
    public static void deferCheck(TransactionSynchronizationRegistry transactions) {
        transactions.putResource(DEFERRED_KEY, new HashMap<String, Long>());
    }

    /**
     * The check of a deferring transaction, to ride along with its last statements: its result names the modules
     * whose revision moved from the one their data were served at (empty: everything served was current).
     */
    public static AlongRead<Set<String>> deferredCheck(TransactionSynchronizationRegistry transactions) {
        Map<String, Long> served = deferred(transactions);
        if (served == null) {
            throw new IllegalStateException("the transaction did not defer its reference check");
        }
        List<String> modules = List.copyOf(served.keySet());
        return new AlongRead<>(MOVED, (c, ps, index) -> {
            ps.setArray(index, c.createArrayOf("varchar", modules.toArray()));
            ps.setArray(index + 1, c.createArrayOf("int8", modules.stream().map(served::get).toArray()));
            return index + 2;
        }, rs -> {
            Set<String> moved = new TreeSet<>();
            while (rs.next()) {
                moved.add(rs.getString(1));
            }
            return moved;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> deferred(TransactionSynchronizationRegistry transactions) {
        return (Map<String, Long>) transactions.getResource(DEFERRED_KEY);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> revisions(boolean inTransaction) {
        if (inTransaction) {
            Object seen = transactions.getResource(REVISIONS_KEY);
            if (seen != null && seen != STALE) {
                return (Map<String, Long>) seen;
            }
        }
        Map<String, Long> revisions = em.unwrap(Session.class).doReturningWork(c -> {
            Map<String, Long> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(REVISIONS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
        if (inTransaction) {
            transactions.putResource(REVISIONS_KEY, revisions);
        }
        return revisions;
    }
}
