package com.halowill.partnerhub.app;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Plain HTTP stays HTTP/1.1: a client asking to upgrade to h2c (Java's HttpClient does by default) simply
 * continues on HTTP/1.1. The upgrade path buffers a whole body before any limit or problem answer of ours,
 * answering a large one with a bare 413; HTTP/2 remains available over TLS.
 */
@ApplicationScoped
class ClearTextHttp implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
