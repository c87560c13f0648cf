package com.halowill.partnerhub.app.stack;

import com.halowill.partnerhub.launcher.LocalKeycloak;
import com.halowill.partnerhub.launcher.LocalPostgres;
import com.halowill.partnerhub.launcher.Loopback;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The real components every {@code @QuarkusTest} runs against, started once per test run: a fresh
 * PostgreSQL database (local server or embedded) and Keycloak with the partner-hub realm. The
 * tests ask for the demo data set, so they work in the seed world.
 */
public class TestStack implements QuarkusTestResourceLifecycleManager {

    private LocalPostgres postgres;
    private LocalKeycloak keycloak;
    private com.halowill.partnerhub.launcher.LocalMail mail;

    @Override
    public Map<String, String> start() {
        try {
            Loopback.ensureUp();
            postgres = LocalPostgres.start("partnerhub_test", true);
            keycloak = LocalKeycloak.start(Path.of(System.getProperty("partnerhub.keycloak.home")),
                    Path.of(System.getProperty("partnerhub.realm.file")), 0, Duration.ofMinutes(4));
            try (var in = TestStack.class.getResourceAsStream("/keycloak-test-clients.json")) {
                keycloak.addClients(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
            mail = com.halowill.partnerhub.launcher.LocalMail.start(0, 0);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("could not start the test stack", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.oidc.auth-server-url", keycloak.realmUrl(),
                "partnerhub.demo-data.enabled", "true",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(mail.smtpPort()),
                "partnerhub.test.imap-port", String.valueOf(mail.imapPort()));
    }

    @Override
    public void stop() {
        if (mail != null) {
            mail.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (java.io.IOException e) {
            System.err.println("[partner-hub] while stopping PostgreSQL: " + e);
        }
    }
}
