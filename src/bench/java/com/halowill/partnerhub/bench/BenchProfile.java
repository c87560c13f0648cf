package com.halowill.partnerhub.bench;

import com.halowill.partnerhub.app.stack.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The benchmarks' own world: a fresh database with the seed data, no Keycloak (the engine is measured in process). */
public class BenchProfile implements QuarkusTestProfile {

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
                "quarkus.log.category.\"com.halowill.partnerhub\".level", "INFO",
                "quarkus.log.category.\"com.halowill.partnerhub.commitments.internal.Rework\".level", "DEBUG",
                "quarkus.log.category.\"com.halowill.partnerhub.commitments.internal.Rework\".min-level", "DEBUG");
    }

    /** A fresh PostgreSQL database for the benchmarks (local server or embedded). */
    public static class Database implements QuarkusTestResourceLifecycleManager {

        private LocalPostgres postgres;

        @Override
        public Map<String, String> start() {
            try {
                postgres = LocalPostgres.start("partnerhub_bench", true);
            } catch (Exception e) {
                throw new IllegalStateException("could not start PostgreSQL for the benchmarks", e);
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
                System.err.println("[partner-hub] while stopping the benchmarks' PostgreSQL: " + e);
            }
        }
    }
}
