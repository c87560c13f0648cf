package com.halowill.partnerhub.catalog;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/** Recognises a failure caused by PostgreSQL being unreachable, restarting or shutting down (not by a request). */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * Whether anything in the cause chain, or suppressed along it, says the database could not be reached or dropped
     * the connection. A failed commit carries the driver's error as a suppressed exception of the transaction
     * manager's RollbackException.
     */
    public static boolean causes(Throwable e) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.add(e);
        while (!todo.isEmpty() && seen.size() < 64) {
            Throwable c = todo.poll();
            if (c == null || !seen.add(c)) {
                continue;
            }
            if (c instanceof SQLTransientConnectionException || c instanceof ConnectException
                    || c instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (c instanceof SQLException sql && lostConnection(sql)) {
                return true;
            }
            if (c.getCause() != null) {
                todo.add(c.getCause());
            }
            todo.addAll(Arrays.asList(c.getSuppressed()));
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01..57P03 (shutdown, crash, cannot connect now), or no pooled
     * connection within the acquisition timeout (the database is overwhelmed or away).
     */
    private static boolean lostConnection(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
            return true;
        }
        String message = e.getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
