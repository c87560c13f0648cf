package com.halowill.partnerhub.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** A lost database is told from a failed request, wherever the driver's error hides in what was thrown. */
class DatabaseOutageTest {

    @Test
    void a_commit_that_failed_because_postgresql_shut_down_is_an_outage() {
        // What Narayana throws when the connection dies at commit: the driver's error is suppressed, not a cause.
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(DatabaseOutage.causes(new IllegalStateException("the transaction did not commit", rollback)));
    }

    @Test
    void connection_errors_in_the_cause_chain_are_outages_and_other_sql_errors_are_not() {
        assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseOutage.causes(new SQLException("Sorry, acquisition timeout!")));
        assertFalse(DatabaseOutage.causes(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.causes(new IllegalStateException("no database involved")));
        RuntimeException loop = new RuntimeException("suppresses itself");
        RuntimeException other = new RuntimeException("and back", loop);
        loop.addSuppressed(other);
        assertFalse(DatabaseOutage.causes(loop), "a cycle ends");
    }
}
