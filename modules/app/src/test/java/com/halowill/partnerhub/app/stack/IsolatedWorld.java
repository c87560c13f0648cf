package com.halowill.partnerhub.app.stack;

import com.halowill.partnerhub.launcher.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A world of its own for the replay and the benchmarks: a fresh database (named by the profile) with the seed
 * data, business dates in UTC, no Keycloak (the platform's services are used in process).
 */
public abstract class IsolatedWorld implements QuarkusTestProfile {

    /** The database, dropped and created again at every run. */
    protected abstract String database();

    /** Log levels and other settings of this world. */
    protected Map<String, String> more() {
        return Map.of();
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Database.class, Map.of("database", database())));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(Map.of("partnerhub.demo-data.enabled", "true",
                "partnerhub.business-zone", "UTC", "partnerhub.review.usual-factor", "10",
                "quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/partner-hub",
                "quarkus.oidc.tenant-enabled", "false", "quarkus.oidc.web.tenant-enabled", "false"));
        config.putAll(more());
        return config;
    }

    /** A fresh PostgreSQL database (local server or embedded). */
    public static class Database implements QuarkusTestResourceLifecycleManager {

        private String name;
        private LocalPostgres postgres;

        @Override
        public void init(Map<String, String> args) {
            name = args.get("database");
        }

        @Override
        public Map<String, String> start() {
            try {
                postgres = LocalPostgres.start(name, true);
            } catch (Exception e) {
                throw new IllegalStateException("could not start PostgreSQL for " + name, e);
            }
            return Map.of("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        }

        @Override
        public void stop() {
            try {
                if (postgres != null) {
                    postgres.close();
                }
            } catch (IOException e) {
                System.err.println("[partner-hub] while stopping PostgreSQL of " + name + ": " + e);
            }
        }
    }
}
