package com.halowill.partnerhub.portal.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Portal and console changes come as HTML forms only, so every one of them passes the CSRF check: a state-changing
 * request with any other body, or with none, is refused before it reaches a page.
 */
public class FormsOnly {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response formsOnly(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (SAFE.contains(request.getMethod()) || !(path.startsWith("/portal") || path.startsWith("/console"))) {
            return null;
        }
        MediaType type = request.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return null;
        }
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(FormRefusals.PAGE).build();
    }
}
