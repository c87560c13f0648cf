package com.halowill.partnerhub.launcher;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The run command ({@code ./mvnw verify -Pdemo}): PostgreSQL (local or embedded), Keycloak with the
 * partner-hub realm, and the packaged application with the demo data; prints where to go and
 * who to sign in as. Ctrl-C stops everything it started. The load harness (src/load) sets
 * {@code PARTNERHUB_DB_NAME}, {@code PARTNERHUB_DB_FRESH}, {@code PARTNERHUB_APP_OPTS} (extra JVM options) and
 * {@code PARTNERHUB_DEMO_WORLD_UNTIL=none} (the demo data without the played scenario, clock at today).
 */
public final class DemoLauncher {

    /** The demo world's business day: the seed scenario played to the day before its disruption is announced. */
    public static final String DEMO_WORLD_UNTIL = "2026-12-13";

    /** Seals the demo's webhook secrets (32 bytes, base64); the demo database is the only one it opens. */
    private static final String DEMO_SECRET_KEY = "ZGVtby1vbmx5LWtleS1mb3Itd2ViaG9vay1zZWNyZXQ=";

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Loopback.ensureUp();
        int appPort = Integer.parseInt(setting("PARTNERHUB_PORT", "8080"));
        int keycloakPort = Integer.parseInt(setting("PARTNERHUB_KEYCLOAK_PORT", "8180"));
        if (LocalPostgres.answers("127.0.0.1", appPort) || LocalPostgres.answers("127.0.0.1", keycloakPort)) {
            System.err.println("[partner-hub] Port " + appPort + " or " + keycloakPort + " is already in use: stop what "
                    + "runs there, or set PARTNERHUB_PORT / PARTNERHUB_KEYCLOAK_PORT.");
            System.exit(2);
        }
        List<AutoCloseable> started = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(started)));

        LocalPostgres pg = LocalPostgres.start(setting("PARTNERHUB_DB_NAME", "partnerhub"),
                Boolean.parseBoolean(setting("PARTNERHUB_DB_FRESH", "false")));
        started.add(pg);
        LocalKeycloak keycloak = LocalKeycloak.start(Path.of(System.getProperty("partnerhub.keycloak.home")),
                Path.of(System.getProperty("partnerhub.realm.file")), keycloakPort, Duration.ofMinutes(4));
        started.add(keycloak);

        LocalMail mail = LocalMail.start(Integer.parseInt(setting("PARTNERHUB_SMTP_PORT", "3025")),
                Integer.parseInt(setting("PARTNERHUB_IMAP_PORT", "3143")));
        started.add(mail);

        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Dquarkus.http.port=" + appPort,
                "-Dpartnerhub.demo-data.enabled=true", "-Dpartnerhub.build-ahead.cron=off",
                "-Dquarkus.mailer.host=127.0.0.1",
                "-Dquarkus.mailer.port=" + mail.smtpPort(), "-Dpartnerhub.mail.portal-url=http://localhost:" + appPort));
        if (System.getenv("PARTNERHUB_WEBHOOKS_SECRET_KEY") == null) {
            // The demo's own key for sealing webhook secrets; a real installation sets its own (docs/operations.md).
            command.add("-Dpartnerhub.webhooks.secret-key=" + DEMO_SECRET_KEY);
        }
        String demoWorld = setting("PARTNERHUB_DEMO_WORLD_UNTIL", DEMO_WORLD_UNTIL);
        if (!"none".equals(demoWorld)) {
            command.add("-Dpartnerhub.demo-world.until=" + demoWorld);
        }
        command.addAll(Arrays.stream(setting("PARTNERHUB_APP_OPTS", "").split("\\s+")).filter(o -> !o.isBlank())
                .toList());
        command.addAll(List.of("-jar", System.getProperty("partnerhub.app.jar")));
        ProcessBuilder app = new ProcessBuilder(command).inheritIO();
        // The launcher's own settings are not the app's: Quarkus would read PARTNERHUB_DEMO_WORLD_UNTIL=none as
        // partnerhub.demo-world.until and fail to start.
        app.environment().keySet().removeAll(List.of("PARTNERHUB_DEMO_WORLD_UNTIL", "PARTNERHUB_APP_OPTS",
                "PARTNERHUB_SMTP_PORT", "PARTNERHUB_IMAP_PORT",
                "PARTNERHUB_DB_FRESH", "PARTNERHUB_DB_NAME"));
        app.environment().put("PARTNERHUB_DB_URL", pg.jdbcUrl());
        app.environment().put("PARTNERHUB_OIDC_URL", keycloak.realmUrl());
        Process process = app.start();
        started.add(0, () -> stop(process));
        awaitReady("http://localhost:" + appPort + "/q/health/ready", process);
        banner(appPort, keycloak, mail, "none".equals(demoWorld) ? "" : ",\n                 played to business day " + demoWorld
                + " (Ops console > Demo world moves it on)");
        int exit = process.waitFor();
        System.exit(exit == 143 || exit == 130 ? 0 : exit);
    }

    private static void banner(int port, LocalKeycloak keycloak, LocalMail mail, String world) {
        String base = "http://localhost:" + port;
        System.out.println("""

                ================================================================
                 Partner Hub is running with the demo data set%4$s
                   Partner portal : %1$s/portal
                   Ops console    : %1$s/console
                   Swagger UI     : %1$s/q/swagger-ui
                   Keycloak       : %2$s (admin console: admin / admin)

                 Demo logins (password for all: partnerhub)
                   nwos-buyer, nwos-admin, nwos-viewer   Northwind Optical Supply (platinum)
                   casc-buyer, casc-admin                Cascade Network Components (gold)
                   prdc-buyer, prdc-admin                Prairie Datacom Distribution (silver)
                   mapl-buyer, mapl-admin                Maple Fiber Systems (gold)
                   ops-planner, ops-admin                HaloWill operations

                 ERP clients (client credentials): erp-nwos / erp-nwos-secret,
                   erp-casc / erp-casc-secret, erp-prdc / erp-prdc-secret, erp-mapl / erp-mapl-secret
                   token: %3$s/protocol/openid-connect/token

                 Mail the demo sends (Preferences in the portal choose which) stays in a
                   local mail server: IMAP 127.0.0.1:%5$d, user = the address
                   (e.g. nwos-buyer@example.com), any password.

                 Ctrl-C stops the app, Keycloak, the mail server and any embedded PostgreSQL.
                ================================================================
                """.formatted(base, keycloak.url(), keycloak.realmUrl(), world, mail.imapPort()));
    }

    private static void awaitReady(String url, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(1000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            // half a second before the next look, cut short when the application exits
            process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("The application did not become ready (exit: "
                + (process.isAlive() ? "still running" : process.exitValue()) + ")");
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void stopAll(List<AutoCloseable> started) {
        for (AutoCloseable c : started) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("[partner-hub] while stopping: " + e);
            }
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String setting(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
