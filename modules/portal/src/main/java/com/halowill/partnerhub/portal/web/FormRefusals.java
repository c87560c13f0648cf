package com.halowill.partnerhub.portal.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A portal or console form refused before it reached its page (a missing or stale CSRF token) gets a readable
 * page saying what to do, not an empty 400.
 */
public class FormRefusals {

    static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Form refused · Partner Hub</title>"
            + "<link rel=\"stylesheet\" href=\"/assets/partner-hub.css\"></head><body><main>"
            + "<h1>That form could not be accepted</h1><p id=\"refused\">The page it came from was too old or did not"
            + " come from Partner Hub, so nothing was changed. Go back, reload the page and submit it again.</p>"
            + "<p><a href=\"/\">Home</a></p></main></body></html>";

    @ServerResponseFilter
    public void readable(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() == 400 && !response.hasEntity()
                && (path.startsWith("/portal") || path.startsWith("/console"))) {
            response.setEntity(PAGE, null, MediaType.TEXT_HTML_TYPE);
        }
    }
}
