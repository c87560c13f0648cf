package com.halowill.partnerhub.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps each signed-in person on their side: partners in the portal, HaloWill ops in the console.
 * Someone on the wrong side gets a page that says so, with status 403.
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
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/console") && !user.isOps()) {
            return Optional.of(forbidden("The ops console is for HaloWill operations staff."));
        }
        if (path.startsWith("/portal") && !user.isPartner()) {
            return Optional.of(forbidden("The partner portal is for distributor accounts."));
        }
        return Optional.empty();
    }

    private Response forbidden(String message) {
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE).entity(Templates.forbidden(user, message).render())
                .build();
    }
}
