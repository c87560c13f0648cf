package com.halowill.partnerhub.app.notifications;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A partner's webhook endpoint on loopback: records what it receives, and can fail the first calls of a path. */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String path, String event, String delivery, String signature, String timestamped,
            String body, String contentType) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            AtomicInteger failing = failures.get(path);
            int status = failing != null && failing.getAndDecrement() > 0 ? 500 : 204;
            if (status == 204) {
                var h = exchange.getRequestHeaders();
                received.add(new Received(path, h.getFirst("X-PartnerHub-Event"), h.getFirst("X-PartnerHub-Delivery"),
                        h.getFirst("X-PartnerHub-Signature"), h.getFirst("X-PartnerHub-Signature-Timestamped"), body,
                        h.getFirst("Content-Type")));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The signature a correct delivery of {@code body} carries: HMAC-SHA256 under the endpoint's secret. */
    public static String signature(String secret, String body) throws java.security.GeneralSecurityException {
        return "sha256=" + hmac(secret, body);
    }

    /** HMAC-SHA256 of the text under the secret, in hex, as a receiver computes it. */
    public static String hmac(String secret, String text) throws java.security.GeneralSecurityException {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void failFirst(String path, int times) {
        failures.put(path, new AtomicInteger(times));
    }

    /** Waits until {@code count} requests reached the path with the event, or the time is up; returns them. */
    public List<Received> await(String path, String event, int count, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            List<Received> got = of(path, event);
            if (got.size() >= count) {
                return got;
            }
            Thread.sleep(100);
        }
        return of(path, event);
    }

    public List<Received> of(String path, String event) {
        return received.stream().filter(r -> r.path().equals(path) && event.equals(r.event())).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
