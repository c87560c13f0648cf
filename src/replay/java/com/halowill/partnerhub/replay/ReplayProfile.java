package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.app.stack.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The replay's own world: a fresh database with the seed data, the business calendar in UTC, no Keycloak (the
 * replay uses the platform's services in process, as its users' requests would).
 */
public class ReplayProfile implements QuarkusTestProfile {

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Database.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("partnerhub.demo-data.enabled", "true", "partnerhub.business-zone", "UTC",
                "quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/partner-hub",
                "quarkus.oidc.tenant-enabled", "false", "quarkus.oidc.web.tenant-enabled", "false",
                "quarkus.log.category.\"com.halowill.partnerhub.replay\".level", "INFO");
    }

    /** A fresh PostgreSQL database for the replay (local server or embedded). */
    public static class Database implements QuarkusTestResourceLifecycleManager {

        private LocalPostgres postgres;

        @Override
        public Map<String, String> start() {
            try {
                postgres = LocalPostgres.start("partnerhub_replay", true);
            } catch (Exception e) {
                throw new IllegalStateException("could not start PostgreSQL for the replay", e);
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
                System.err.println("[partner-hub] while stopping the replay's PostgreSQL: " + e);
            }
        }
    }
}
