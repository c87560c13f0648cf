package com.halowill.partnerhub.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps each signed-in person on their side: partners in the portal, HaloWill ops in the console. Each page also
 * declares its roles ({@code @RolesAllowed}); someone without them gets a page that says so, with status 403.
 */
public class Gatekeeper {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forbidden(PortalUser user, String message);
    }

    private final PortalUser user;

    Gatekeeper(PortalUser user) {
        this.user = user;
    }

    @ServerRequestFilter
    public Optional<Response> gate(ContainerRequestContext request) {
        return wrongSide(request.getUriInfo().getPath()).map(this::forbidden);
    }

    /**
     * A page's declared roles refused the person (an empty 403, whichever mapper made it): the same page, saying
     * which side or role it is for.
     */
    @ServerResponseFilter
    public void denied(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() != 403 || response.hasEntity()
                || !(path.startsWith("/portal") || path.startsWith("/console"))) {
            return;
        }
        response.setEntity(page(wrongSide(path).orElse(path.startsWith("/portal/admin")
                ? "Company admin is for your company's admins; ask one of them."
                : "Your role does not open this page.")), null, MediaType.TEXT_HTML_TYPE);
    }

    private Optional<String> wrongSide(String path) {
        if (path.startsWith("/console") && !user.isOps()) {
            return Optional.of("The ops console is for HaloWill operations staff.");
        }
        if (path.startsWith("/portal") && !user.isPartner()) {
            return Optional.of("The partner portal is for distributor accounts.");
        }
        return Optional.empty();
    }

    private Response forbidden(String message) {
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE).entity(page(message)).build();
    }

    private String page(String message) {
        return Templates.forbidden(user, message).render();
    }
}
