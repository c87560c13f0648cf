package com.halowill.partnerhub.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A query of one module that rides along with another module's statement list, in the same round trip and after
 * its statements (intake reads the LTA ledgers in the round trip that locks and reads the supply pools), or runs on
 * its own with {@link #run}. Whoever sends the list appends {@link #sql}, binds with {@link #bind} after its own
 * parameters and hands the query's result set to {@link #take}; the owner then reads {@link #result}.
 */
public final class AlongRead<T> {

    /** Turns the query's rows into the owner's result. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final String sql;
    private final WriteBehind.Binder binder;
    private final Rows<T> rows;
    private T result;
    private boolean done;

    /** A query (one statement, no semicolon), how to bind its parameters, and how to read its rows. */
    public AlongRead(String sql, WriteBehind.Binder binder, Rows<T> rows) {
        this.sql = sql;
        this.binder = binder;
        this.rows = rows;
    }

    public String sql() {
        return sql;
    }

    /** Binds the query's parameters from {@code index} on and answers the next free index. */
    public int bind(Connection c, PreparedStatement ps, int index) throws SQLException {
        return binder.bind(c, ps, index);
    }

    /** Reads the query's result set. */
    public void take(ResultSet rs) throws SQLException {
        result = rows.read(rs);
        done = true;
    }

    /** Runs the query on its own. */
    public T run(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(c, ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                take(rs);
            }
        }
        return result;
    }

    /** What the query read; throws if it has not run. */
    public T result() {
        if (!done) {
            throw new IllegalStateException("the query has not run: " + sql);
        }
        return result;
    }
}
