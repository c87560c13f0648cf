package com.halowill.partnerhub.app;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses an oversized API request body up front with a 413 problem, before anything reads it; a body
 * without a declared length that outgrows the HTTP layer's limit gets the same problem instead of a bare 413.
 */
@ApplicationScoped
class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(@ConfigProperty(name = "partnerhub.api.max-body-bytes") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::limit);
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(BodyHandler.create(false).setBodyLimit(maxBytes));
        router.route("/api/*").order(Integer.MIN_VALUE).failureHandler(rc -> {
            if (rc.statusCode() == 413 && !rc.response().headWritten()) {
                tooLarge(rc);
            } else {
                rc.next();
            }
        });
    }

    private void limit(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        long bytes = 0;
        if (length != null) {
            try {
                bytes = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                bytes = Long.MAX_VALUE;
            }
        }
        if (bytes > maxBytes) {
            tooLarge(rc);
            return;
        }
        rc.next();
    }

    private void tooLarge(RoutingContext rc) {
        rc.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                .putHeader("Connection", "close")
                .end("{\"type\":\"https://partner-hub.halowill.com/problems/payload-too-large\","
                        + "\"title\":\"Payload too large\",\"status\":413,\"detail\":\"The request body is "
                        + "larger than the limit of " + maxBytes + " bytes.\"}");
    }
}
