package com.halowill.partnerhub.api.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The API takes JSON and X12, never HTML forms: a form body is a 415 problem before anything else looks at it (the
 * portal's CSRF check included, which only forms need), and an empty body labelled as a form (what {@code curl -d ''}
 * sends to {@code .../cancel}) is an empty body.
 */
public class FormsStayOut {

    @ServerRequestFilter(preMatching = true)
    public Response formsStayOut(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/") || request.getMediaType() == null) {
            return null;
        }
        MediaType type = request.getMediaType();
        boolean form = type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        if (!form) {
            return null;
        }
        if (request.getLength() <= 0 && request.getHeaderString("Transfer-Encoding") == null) {
            request.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            return null;
        }
        return Problem.of(415, "unsupported-media-type", "Unsupported media type", "The API takes application/json"
                + " (and application/edi-x12 at /api/v1/edi/x12); HTML forms are for the portal.").response();
    }
}
