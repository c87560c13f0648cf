package com.halowill.partnerhub.platform;

import java.sql.SQLException;

/** Recognises a transaction PostgreSQL ended because it deadlocked (40P01) or could not be serialized (40001). */
public final class LockConflict {

    private LockConflict() {
    }

    /** Whether anything in the cause chain, or suppressed along it, is such a failure: running again may succeed. */
    public static boolean causes(Throwable e) {
        return CauseChain.any(e, c -> c instanceof SQLException sql
                && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState())));
    }
}
