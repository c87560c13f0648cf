package com.halowill.partnerhub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Writes that wait until the end of a step of the transaction and then go to PostgreSQL together, as one statement
 * list in one round trip. Whoever knows that nothing reads them before the step ends opens it (intake does, for the
 * commitments, pool moves and answers of its batch); with no step open, each write runs at once. A step that is
 * never flushed writes nothing, and it ends with its transaction.
 */
@ApplicationScoped
public class WriteBehind {

    /** Binds a write's parameters from {@code index} on and answers the next free index. */
    @FunctionalInterface
    public interface Binder {
        int bind(Connection c, PreparedStatement ps, int index) throws SQLException;
    }

    /** Checks the number of rows a write changed; throws when it is not what the writer expected. */
    @FunctionalInterface
    public interface Check {
        void rows(int changed);
    }

    /** A statement of the step: a write with its check, or a query ({@code read}) that rides along. */
    private record Write(String sql, Binder binder, Check check, AlongRead<?> read) {
    }

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    WriteBehind(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    /** Opens a step in the current transaction: writes wait for {@link #flush}. */
    public void open() {
        transactions.putResource(this, new ArrayList<Write>());
    }

    /** Whether a step is open in the current transaction (writes wait for its end). */
    public boolean stepOpen() {
        return step() != null;
    }

    /** One statement (no semicolon), waiting for the step's end if one is open, else run now. */
    public void write(String sql, Binder binder) {
        write(sql, binder, changed -> { });
    }

    /** The same, with a check of how many rows the statement changed. */
    public void write(String sql, Binder binder, Check check) {
        add(new Write(sql, binder, check, null));
    }

    /**
     * A query that goes with the step's writes, after those written before it, in the same round trip (run now if
     * no step is open); its result is read when the step has been sent.
     */
    public void read(AlongRead<?> read) {
        add(new Write(read.sql(), read::bind, changed -> { }, read));
    }

    private void add(Write w) {
        List<Write> step = step();
        if (step == null) {
            run(List.of(w));
        } else {
            step.add(w);
        }
    }

    /** Ends the step: sends what waited, in the order it was written, in one round trip, and checks each. */
    public void flush() {
        List<Write> step = step();
        transactions.putResource(this, null);
        if (step != null && !step.isEmpty()) {
            run(step);
        }
    }

    /**
     * Ends the step without sending what waited (the work failed and its transaction will roll back); after a
     * {@link #flush} it does nothing.
     */
    public void close() {
        transactions.putResource(this, null);
    }

    @SuppressWarnings("unchecked")
    private List<Write> step() {
        return (List<Write>) transactions.getResource(this);
    }

    private void run(List<Write> writes) {
        em.unwrap(Session.class).doWork(c -> {
            String sql = writes.stream().map(Write::sql).collect(Collectors.joining(";\n"));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int index = 1;
                for (Write w : writes) {
                    index = w.binder().bind(c, ps, index);
                }
                ps.execute();
                for (Write w : writes) {
                    if (w.read() != null) {
                        try (ResultSet rs = ps.getResultSet()) {
                            w.read().take(rs);
                        }
                    } else {
                        w.check().rows(ps.getUpdateCount());
                    }
                    ps.getMoreResults();
                }
            }
        });
    }
}
