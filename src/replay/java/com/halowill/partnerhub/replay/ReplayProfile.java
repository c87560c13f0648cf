package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.app.stack.IsolatedWorld;
import java.util.Map;

/** The replay's own world: a fresh database {@code partnerhub_replay} with the seed data. */
public class ReplayProfile extends IsolatedWorld {

    @Override
    protected String database() {
        return "partnerhub_replay";
    }

    @Override
    protected Map<String, String> more() {
        return Map.of("quarkus.log.category.\"com.halowill.partnerhub.replay\".level", "INFO");
    }
}
