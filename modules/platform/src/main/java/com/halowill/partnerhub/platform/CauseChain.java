package com.halowill.partnerhub.platform;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Looks through an exception's causes, and what is suppressed along them: a failed commit carries the driver's error
 * as a suppressed exception of the transaction manager's RollbackException.
 */
final class CauseChain {

    private CauseChain() {
    }

    static boolean any(Throwable e, Predicate<Throwable> test) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.add(e);
        while (!todo.isEmpty() && seen.size() < 64) {
            Throwable c = todo.poll();
            if (c == null || !seen.add(c)) {
                continue;
            }
            if (test.test(c)) {
                return true;
            }
            if (c.getCause() != null) {
                todo.add(c.getCause());
            }
            todo.addAll(Arrays.asList(c.getSuppressed()));
        }
        return false;
    }
}
