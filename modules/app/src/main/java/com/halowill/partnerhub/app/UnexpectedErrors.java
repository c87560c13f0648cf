package com.halowill.partnerhub.app;

import com.halowill.partnerhub.api.Problem;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The last line of defence: an unexpected failure is logged with a reference and answered without internals. */
public class UnexpectedErrors {

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, UriInfo uri) {
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
}
