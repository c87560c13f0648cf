package com.halowill.partnerhub.portal.console;

import com.halowill.partnerhub.notifications.WebhookDelivery;
import com.halowill.partnerhub.notifications.Webhooks;
import com.halowill.partnerhub.portal.web.PortalUser;
import com.halowill.partnerhub.portal.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;

/** Webhook deliveries that gave up after their last attempt, for ops to read and send again. */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console/webhooks")
@Produces(MediaType.TEXT_HTML)
public class WebhookConsole {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deadLetters(PortalUser user, List<WebhookDelivery> dead, String message);
    }

    private final PortalUser user;
    private final Webhooks webhooks;

    WebhookConsole(PortalUser user, Webhooks webhooks) {
        this.user = user;
        this.webhooks = webhooks;
    }

    @GET
    public TemplateInstance deadLetters(@QueryParam("message") String message) {
        return Templates.deadLetters(user, webhooks.deadLetters(100), message);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/{id}/replay")
    public Response replay(@PathParam("id") String id) {
        String message;
        try {
            message = webhooks.replay(UUID.fromString(id)).map(d -> "The " + d.event() + " delivery will be tried"
                    + " again now.").orElse("That delivery is not dead (any more).");
        } catch (IllegalArgumentException e) {
            message = "No such delivery.";
        }
        return Response.seeOther(UriBuilder.fromPath("/console/webhooks").queryParam("message", message).build())
                .build();
    }
}
