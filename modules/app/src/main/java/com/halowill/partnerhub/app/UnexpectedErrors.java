package com.halowill.partnerhub.app;

import com.halowill.partnerhub.api.http.Problem;
import com.halowill.partnerhub.platform.DatabaseOutage;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The last line of defence: the database being away is answered 503 with Retry-After (a retry with the same
 * Idempotency-Key is safe), any other unexpected failure is logged with a reference and answered without internals.
 */
public class UnexpectedErrors {

    /** Seconds a client is asked to wait before retrying while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causes(e)) {
            return unavailable(e, uri);
        }
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure on %s (reference %s)", uri.getPath(), reference);
        String detail = "Something went wrong on our side. Quote reference " + reference + " to HaloWill support.";
        if (uri.getPath().startsWith("/api/")) {
            return Problem.of(500, "internal-error", "Internal error", detail).response();
        }
        return Response.status(500).type(MediaType.TEXT_HTML_TYPE)
                .entity("<!DOCTYPE html><html lang=\"en\"><head><title>Error · Partner Hub</title>"
                        + "<link rel=\"stylesheet\" href=\"/assets/partner-hub.css\"></head><body><main>"
                        + "<h1>Sorry, that did not work</h1><p>" + detail + "</p><p><a href=\"/\">Home</a></p>"
                        + "</main></body></html>")
                .build();
    }

    private static Response unavailable(Throwable e, UriInfo uri) {
        Log.warnf("Database unreachable on %s: %s", uri.getPath(), e.getMessage());
        String detail = "The order database is briefly unavailable. Retry in " + RETRY_AFTER_SECONDS
                + " seconds with the same Idempotency-Key: a retry answers the first result if this request got"
                + " through, and is carried out once otherwise.";
        Response r;
        if (uri.getPath().startsWith("/api/")) {
            r = Problem.of(503, "service-unavailable", "Service unavailable", detail).response();
        } else {
            r = Response.status(503).type(MediaType.TEXT_HTML_TYPE)
                    .entity("<!DOCTYPE html><html lang=\"en\"><head><title>Unavailable · Partner Hub</title>"
                            + "<link rel=\"stylesheet\" href=\"/assets/partner-hub.css\"></head><body><main>"
                            + "<h1>Partner Hub is briefly unavailable</h1><p>Please try again in a few seconds."
                            + " Nothing you submitted is lost: submitting the same form again is safe.</p>"
                            + "<p><a href=\"/\">Home</a></p></main></body></html>")
                    .build();
        }
        return Response.fromResponse(r).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
