package com.halowill.partnerhub.bench;

import com.halowill.partnerhub.app.stack.IsolatedWorld;
import java.util.Map;

/** The benchmarks' own world: a fresh database {@code partnerhub_bench} with the seed data. */
public class BenchProfile extends IsolatedWorld {

    @Override
    protected String database() {
        return "partnerhub_bench";
    }

    @Override
    protected Map<String, String> more() {
        return Map.of("quarkus.log.category.\"com.halowill.partnerhub.commitments.internal.Rework\".level", "DEBUG",
                "quarkus.log.category.\"com.halowill.partnerhub.commitments.internal.Rework\".min-level", "DEBUG");
    }
}
