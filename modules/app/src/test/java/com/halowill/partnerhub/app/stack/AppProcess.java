package com.halowill.partnerhub.app.stack;

import com.halowill.partnerhub.launcher.LocalKeycloak;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * One instance of the packaged application as its own operating-system process, on a given database and the test's
 * Keycloak, which a test may kill -9 and start again.
 */
public final class AppProcess implements AutoCloseable {

    private final String databaseUrl;
    private final int port;
    private final Path log;
    private Process process;

    private final List<String> options;

    private AppProcess(String databaseUrl, int port, Path log, List<String> options) {
        this.databaseUrl = databaseUrl;
        this.options = options;
        this.port = port;
        this.log = log;
    }

    /** Starts an instance on the given database and the test's Keycloak, and waits until it is ready. */
    public static AppProcess start(String databaseUrl, String... systemProperties)
            throws IOException, InterruptedException {
        AppProcess app = spawn(databaseUrl, systemProperties);
        app.awaitReady();
        return app;
    }

    /**
     * Starts an instance on a given port (one the realm lets a browser return to after signing in, such as 8082)
     * and waits until it is ready.
     */
    public static AppProcess startOn(int port, String databaseUrl, String... systemProperties)
            throws IOException, InterruptedException {
        AppProcess app = new AppProcess(databaseUrl, port, Files.createTempFile("partnerhub-app-", ".log"),
                List.of(systemProperties));
        app.launch();
        app.awaitReady();
        return app;
    }

    /** Starts an instance and returns at once; {@link #awaitReady()} waits for it (to start several together). */
    public static AppProcess spawn(String databaseUrl, String... systemProperties) throws IOException {
        AppProcess app = new AppProcess(databaseUrl, freePort(),
                Files.createTempFile("partnerhub-app-", ".log"), List.of(systemProperties));
        app.launch();
        return app;
    }

    public int port() {
        return port;
    }

    /** The test's own database (the one the in-process application uses). */
    public static String testDatabase() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no transaction completion, exactly like a crashed machine. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts the instance again on the same port after {@link #killHard()}. */
    public void restart() throws IOException, InterruptedException {
        launch();
        awaitReady();
    }

    private void launch() throws IOException {
        String jar = System.getProperty("partnerhub.app.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("No packaged application at " + jar + ": run the tests with ./mvnw verify");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-Dquarkus.http.port=" + port, "-Dpartnerhub.business-zone=UTC",
                "-Dpartnerhub.api.rate-limit.per-minute=1000000", "-Dquarkus.log.level=WARN",
                "-Dpartnerhub.webhooks.secret-key=" + ConfigProvider.getConfig()
                        .getValue("partnerhub.webhooks.secret-key", String.class),
                "-Dquarkus.mailer.host=127.0.0.1", "-Dquarkus.mailer.port=" + ConfigProvider.getConfig()
                        .getValue("quarkus.mailer.port", String.class)));
        command.addAll(options);
        command.addAll(List.of("-jar", jar));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("PARTNERHUB_DB_URL", databaseUrl);
        pb.environment().put("PARTNERHUB_OIDC_URL",
                ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
        process = pb.start();
    }

    /** Waits until the instance answers ready, or fails with its log's name. */
    public void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (answers(url() + "/q/health/ready")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the instance exited while starting; log: " + log);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(url() + " did not become ready within 2 minutes; log: " + log);
    }

    /** The instance's own output, for a failing test's message. */
    public String log() throws IOException {
        String text = Files.readString(log);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    public static int freePort() {
        return LocalKeycloak.freePort();
    }


    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
