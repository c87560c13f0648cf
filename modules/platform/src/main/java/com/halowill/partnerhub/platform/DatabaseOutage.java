package com.halowill.partnerhub.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

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
        return CauseChain.any(e, c -> c instanceof SQLTransientConnectionException || c instanceof ConnectException
                || c instanceof org.hibernate.exception.JDBCConnectionException
                || c instanceof SQLException sql && lostConnection(sql));
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
