package com.halowill.partnerhub.portal.console;

import com.halowill.partnerhub.notifications.MailPreferences;
import com.halowill.partnerhub.notifications.OpsMailPreference;
import com.halowill.partnerhub.portal.web.PortalUser;
import com.halowill.partnerhub.portal.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestForm;

/** An ops person's mails: new proposals waiting, change requests waiting, dead webhook deliveries. */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console/mail")
@Produces(MediaType.TEXT_HTML)
public class OpsMailConsole {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mail(PortalUser user, OpsMailPreference preference, String message);
    }

    private final PortalUser user;
    private final MailPreferences preferences;

    OpsMailConsole(PortalUser user, MailPreferences preferences) {
        this.user = user;
        this.preferences = preferences;
    }

    @GET
    public TemplateInstance mail(@QueryParam("message") String message) {
        OpsMailPreference current = preferences.ofOps(user.username()).orElse(new OpsMailPreference(user.username(),
                user.email() == null ? "" : user.email(), false, false, false, null));
        return Templates.mail(user, current, message);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm("email") String email, @RestForm("proposals") String proposals,
            @RestForm("changeRequests") String changeRequests, @RestForm("deadLetters") String deadLetters) {
        try {
            OpsMailPreference saved = preferences.saveOps(new OpsMailPreference(user.username(), email,
                    "on".equals(proposals), "on".equals(changeRequests), "on".equals(deadLetters), null));
            boolean any = saved.proposals() || saved.changeRequests() || saved.deadLetters();
            return back(any ? "Saved: what is new goes to " + saved.email() + " every 15 minutes, when there is some."
                    : "Saved: no ops mail will be sent to you.");
        } catch (IllegalArgumentException e) {
            return back("Not saved: " + e.getMessage() + ".");
        }
    }

    private static Response back(String message) {
        return Response.seeOther(UriBuilder.fromPath("/console/mail").queryParam("message", message).build()).build();
    }
}
