package com.halowill.partnerhub.portal.web;

import com.halowill.partnerhub.platform.DeclaredLength;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A form posted to the portal or the console that is larger than the platform takes (a 50 MB file chosen by
 * mistake) gets a readable page with status 413, not the HTTP server's bare refusal. The body is read and dropped
 * first, so that the browser, which is still sending it, shows the page.
 */
@ApplicationScoped
class UploadSizeLimit {

    private final long maxBytes;

    UploadSizeLimit(@ConfigProperty(name = "partnerhub.portal.max-body-bytes") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void install(@Observes Router router) {
        router.route("/portal/*").order(Integer.MIN_VALUE).handler(this::limit);
        router.route("/console/*").order(Integer.MIN_VALUE).handler(this::limit);
    }

    private void limit(RoutingContext rc) {
        long bytes = declaredLength(rc);
        if (bytes <= maxBytes) {
            rc.next();
            return;
        }
        String back = rc.request().path().startsWith("/console") ? "/console" : "/portal/orders/new";
        long sent = bytes;
        rc.request().handler(chunk -> { });
        rc.request().endHandler(done -> rc.response().setStatusCode(413)
                .putHeader("Content-Type", "text/html; charset=utf-8").end(page(sent, back)));
        rc.request().resume();
    }

    /** The body's declared length: 0 when none is declared, the most there is when it cannot be read. */
    private static long declaredLength(RoutingContext rc) {
        return DeclaredLength.of(rc.request().getHeader("Content-Length"));
    }

    private String page(long sent, String back) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Too large to send · HaloWill Partner Hub</title>
                <link rel="stylesheet" href="/assets/partner-hub.css"></head>
                <body><main id="main">
                <h1>That was too large to send</h1>
                <div class="errors" role="alert"><p>What you sent is %s; a form here takes at most %s. An order file
                of 500 lines is far smaller: check that you chose the right file. Nothing was changed.</p></div>
                <p><a href="%s">Go back</a></p>
                </main></body></html>""".formatted(megabytes(sent), megabytes(maxBytes), back);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
