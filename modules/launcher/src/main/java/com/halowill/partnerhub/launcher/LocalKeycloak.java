package com.halowill.partnerhub.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The real Keycloak (the Maven Central distribution unpacked by the build) started in dev mode
 * with an in-memory database and the {@code partner-hub} realm imported, for the run command and
 * the tests.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "partner-hub";

    private final Process process;
    private final int port;
    private final Path log;

    private LocalKeycloak(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Keycloak on the given HTTP port (0: any free port) and waits until the realm answers. */
    public static LocalKeycloak start(Path home, Path realmFile, int port, Duration timeout) throws IOException {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + ": build the app module first (./mvnw install -DskipTests) to unpack it");
        }
        int httpPort = port == 0 ? freePort() : port;
        int managementPort = freePort();
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, imports.resolve("partner-hub-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Path log = home.resolve("keycloak-" + httpPort + ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + httpPort, "--http-management-port=" + managementPort, "--db=dev-mem",
                "--import-realm", "--health-enabled=true"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        System.out.println("[partner-hub] Keycloak: starting on port " + httpPort + " (log: " + log + ")");
        LocalKeycloak keycloak = new LocalKeycloak(pb.start(), httpPort, log);
        keycloak.awaitRealm(timeout);
        return keycloak;
    }

    private void awaitRealm(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        URI discovery = URI.create(realmUrl() + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; last log lines:\n"
                        + tail());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) discovery.toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) {
                    System.out.println("[partner-hub] Keycloak: realm " + REALM + " ready at " + realmUrl());
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            untilNextPoll();
        }
        close();
        throw new IllegalStateException("Keycloak did not become ready within " + timeout + "; last log lines:\n"
                + tail());
    }

    /** Half a second before the next look, cut short when Keycloak exits (the loop then reports it at once). */
    private void untilNextPoll() {
        try {
            process.waitFor(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /**
     * Adds clients to the realm through Keycloak's admin API (the bootstrap admin): the tests' own clients live
     * only in tests, never in the realm file users import. A client's {@code serviceAccountRoles} (not part of
     * Keycloak's representation) are given to its service account.
     */
    public void addClients(String clientsJson) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        String admin = "Bearer " + json.readTree(send(http, HttpRequest.newBuilder(URI.create(url()
                + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                        + "&password=admin")), 200)).get("access_token").asText();
        String api = url() + "/admin/realms/" + REALM;
        for (JsonNode node : json.readTree(clientsJson)) {
            ObjectNode client = (ObjectNode) node;
            JsonNode roles = client.remove("serviceAccountRoles");
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(api + "/clients"))
                    .header("Authorization", admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(client.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Keycloak did not add a client: " + created.statusCode() + " "
                        + created.body());
            }
            String location = created.headers().firstValue("Location").orElseThrow();
            for (JsonNode role : roles == null ? json.createArrayNode() : roles) {
                String user = json.readTree(send(http, HttpRequest.newBuilder(URI.create(location
                        + "/service-account-user")).header("Authorization", admin).GET(), 200)).get("id").asText();
                String roleJson = send(http, HttpRequest.newBuilder(URI.create(api + "/roles/" + role.asText()))
                        .header("Authorization", admin).GET(), 200);
                send(http, HttpRequest.newBuilder(URI.create(api + "/users/" + user + "/role-mappings/realm"))
                        .header("Authorization", admin).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("[" + roleJson + "]")), 204);
            }
        }
    }

    private static String send(HttpClient http, HttpRequest.Builder request, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("Keycloak admin API answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
