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

/**
 * Two more instances of the packaged application on the test's own PostgreSQL and Keycloak, behind a real
 * HAProxy (Debian's package) that balances requests round-robin and names the instance that answered.
 */
public final class AppInstances implements AutoCloseable {

    private final List<AppProcess> instances = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final Path dir;
    private int proxyPort;

    private AppInstances(Path dir) {
        this.dir = dir;
    }

    /** Whether HAProxy is installed (CI installs it; see .ci/run). */
    public static boolean haproxyInstalled() {
        return Files.isExecutable(Path.of("/usr/sbin/haproxy"));
    }

    public static AppInstances start(int count) throws IOException, InterruptedException {
        AppInstances a = new AppInstances(Files.createTempDirectory("partnerhub-instances"));
        try {
            a.launch(count);
        } catch (IOException | InterruptedException | RuntimeException e) {
            a.close();
            throw e;
        }
        return a;
    }

    private void launch(int count) throws IOException, InterruptedException {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AppProcess app = AppProcess.spawn(AppProcess.testDatabase(),
                    "-Dpartnerhub.api.rate-limit.per-minute=1200",
                    "-Dpartnerhub.api.rate-limit.clients.erp-limited=5");
            instances.add(app);
            ports.add(app.port());
        }
        for (AppProcess app : instances) {
            app.awaitReady();
        }
        proxyPort = LocalKeycloak.freePort();
        StringBuilder cfg = new StringBuilder("""
                global
                    maxconn 512
                defaults
                    mode http
                    timeout connect 5s
                    timeout client 60s
                    timeout server 60s
                frontend api
                    bind 127.0.0.1:%d
                    default_backend apps
                backend apps
                    balance roundrobin
                    http-response set-header X-Served-By %%s
                """.formatted(proxyPort));
        for (int i = 0; i < ports.size(); i++) {
            cfg.append("    server app").append(i + 1).append(" 127.0.0.1:").append(ports.get(i)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("haproxy.cfg"), cfg);
        processes.add(new ProcessBuilder("/usr/sbin/haproxy", "-f", file.toString(), "-db")
                .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.log").toFile()).start());
        await(url() + "/q/health/ready");
    }

    /** The proxy's address, in front of every instance. */
    public String url() {
        return "http://127.0.0.1:" + proxyPort;
    }

    private void await(String url) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IllegalStateException("an instance exited while starting; logs in " + dir);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(url + " did not answer within 2 minutes; logs in " + dir);
    }

    @Override
    public void close() {
        for (AppProcess app : instances) {
            try {
                app.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
