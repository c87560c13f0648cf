package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.notifications.MailPreference;
import com.halowill.partnerhub.notifications.MailPreferences;
import com.halowill.partnerhub.notifications.SentMail;
import com.halowill.partnerhub.orders.Distributor;
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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A partner's mail preferences: which mails (acknowledgments, moved dates with their reason, shipments with tracking
 * and serial numbers) go to which address, and the mails written for them lately.
 */
@RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
@Path("/portal/preferences")
@Produces(MediaType.TEXT_HTML)
public class MailPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(PortalUser user, Distributor distributor, MailPreference preference,
                List<SentMail> mails, String message);
    }

    private final PortalUser user;
    private final SignedInDistributor company;
    private final MailPreferences preferences;

    MailPages(PortalUser user, SignedInDistributor company, MailPreferences preferences) {
        this.user = user;
        this.company = company;
        this.preferences = preferences;
    }

    @GET
    public TemplateInstance preferences(@QueryParam("message") String message) {
        Distributor me = company.get();
        MailPreference current = preferences.of(user.username())
                .orElse(MailPreference.none(user.username(), me.id(), user.email() == null ? "" : user.email()));
        return Templates.preferences(user, me, current, preferences.recent(user.username(), 10), message);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm("email") String email, @RestForm("acknowledgments") String acknowledgments,
            @RestForm("movedDates") String movedDates, @RestForm("shipments") String shipments,
            @RestForm("digest") String digest) {
        Distributor me = company.get();
        try {
            MailPreference saved = preferences.save(new MailPreference(user.username(), me.id(), email,
                    "on".equals(acknowledgments), "on".equals(movedDates), "on".equals(shipments), "on".equals(digest),
                    null));
            boolean any = saved.acknowledgments() || saved.movedDates() || saved.shipments();
            return back(any ? "Saved: the mails you chose go to " + saved.email() + (saved.digest()
                    ? ", together in one mail a day." : " from the next change on.")
                    : "Saved: no mail will be sent to you.");
        } catch (IllegalArgumentException e) {
            return back("Not saved: " + e.getMessage() + ".");
        }
    }

    private static Response back(String message) {
        return Response.seeOther(UriBuilder.fromPath("/portal/preferences").queryParam("message", message).build())
                .build();
    }
}
