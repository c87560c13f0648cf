package com.halowill.partnerhub.api.http;

import com.halowill.partnerhub.platform.DeclaredLength;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an API request whose declared length is over the limit with a 413 problem, before anything reads it.
 * A body without a declared length (chunked, HTTP/2) is counted as it is read, by the api module's BodyLimit;
 * nothing reads a body ahead of the resource, since that breaks HTTP/2 (and h2c-upgraded) requests.
 */
@ApplicationScoped
class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(@ConfigProperty(name = "partnerhub.api.max-body-bytes") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::limit);
    }

    private void limit(RoutingContext rc) {
        if (declaredLength(rc) > maxBytes) {
            tooLarge(rc);
        } else {
            rc.next();
        }
    }

    /** The body's declared length: 0 when none is declared, the most there is when it cannot be read. */
    static long declaredLength(RoutingContext rc) {
        return DeclaredLength.of(rc.request().getHeader("Content-Length"));
    }

    private void tooLarge(RoutingContext rc) {
        rc.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                .putHeader("Connection", "close")
                .end("{\"type\":\"https://partner-hub.halowill.com/problems/payload-too-large\","
                        + "\"title\":\"Payload too large\",\"status\":413,\"detail\":\"The request body is "
                        + "larger than the limit of " + maxBytes + " bytes.\"}");
    }
}
