package com.halowill.partnerhub.platform.internal;

import com.halowill.partnerhub.platform.LockConflict;
import com.halowill.partnerhub.platform.RetriedOnConflict;
import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

/**
 * Runs a {@link RetriedOnConflict} call again when PostgreSQL ended its transaction for a deadlock or a serialization
 * failure. It sits outside the transaction interceptor, so each attempt is a transaction of its own.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class ConflictRetries {

    static final int ATTEMPTS = 4;

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !LockConflict.causes(e)) {
                    throw e;
                }
                // PostgreSQL ended this transaction and released its locks; the other one goes on, so running again
                // at once simply queues behind it.
                Log.infof("%s.%s ended by a lock conflict (attempt %d of %d), running it again",
                        call.getMethod().getDeclaringClass().getSimpleName(), call.getMethod().getName(), attempt,
                        ATTEMPTS);
            }
        }
    }
}
