package com.halowill.partnerhub.notifications.internal;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts a delivery to a webhook URL over the connection the address guard allowed: to the address it checked, not to
 * the name (which is only the Host header, the TLS server name and the name the certificate must carry), so a DNS
 * answer that changes after the check cannot turn the post inside. Redirects are not followed. Vert.x's HTTP client,
 * because the JDK's cannot be given the address to connect to. Connections are kept for 30 s and reused only for the
 * same checked address and name (Vert.x keys its pools by both), so a burst of deliveries pays one TLS handshake.
 */
@jakarta.enterprise.context.ApplicationScoped
class WebhookPost {

    private final HttpClient client;
    private final Duration timeout;

    @jakarta.inject.Inject
    WebhookPost(Vertx vertx, WebhookConfig config) {
        this(vertx, config.timeout());
    }

    WebhookPost(Vertx vertx, Duration timeout) {
        this.timeout = timeout;
        this.client = vertx.createHttpClient(new HttpClientOptions().setVerifyHost(true).setForceSni(true)
                .setConnectTimeout((int) timeout.toMillis()).setKeepAlive(true).setKeepAliveTimeout(30));
    }

    /**
     * Posts the body to the URL at the checked address; answers the status.
     *
     * @throws java.io.IOException (or a subclass) when no answer came: connecting, TLS, or the wait
     */
    int post(URI url, InetAddress checked, Map<String, String> headers, String body)
            throws java.io.IOException, InterruptedException {
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : https ? 443 : 80;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(url.getHost()).setPort(port)
                .setSsl(https).setURI(url.getRawQuery() == null ? path : path + "?" + url.getRawQuery())
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(checked, port)))
                .setFollowRedirects(false).setConnectTimeout(timeout.toMillis()).setIdleTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        try {
            // The status only: the answer's body is never read (Vert.x drops what no handler takes), and a handler
            // set now could come after a short answer has already ended.
            return client.request(options).compose(r -> r.send(Buffer.buffer(body)))
                    .map(HttpClientResponse::statusCode).toCompletionStage().toCompletableFuture()
                    .get(timeout.multipliedBy(2).plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof io.netty.channel.ConnectTimeoutException) {
                throw new java.net.http.HttpConnectTimeoutException(cause.getMessage());
            }
            if (cause.getClass().getSimpleName().contains("Timeout")) {
                throw new java.net.http.HttpTimeoutException(cause.getMessage()); // no answer within the idle timeout
            }
            throw cause instanceof java.io.IOException io ? io : new java.io.IOException(cause);
        } catch (TimeoutException e) {
            throw new java.net.http.HttpTimeoutException("no answer in " + timeout);
        }
    }

    @jakarta.annotation.PreDestroy
    void close() {
        client.close();
    }
}
