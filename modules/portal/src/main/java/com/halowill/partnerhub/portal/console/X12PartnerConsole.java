package com.halowill.partnerhub.portal.console;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.notifications.DropFolder;
import com.halowill.partnerhub.notifications.DropFolders;
import com.halowill.partnerhub.notifications.InvalidWebhook;
import com.halowill.partnerhub.notifications.WebhookDelivery;
import com.halowill.partnerhub.orders.CxmlSender;
import com.halowill.partnerhub.orders.CxmlSenders;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.PlanningSchedule;
import com.halowill.partnerhub.orders.PlanningSchedules;
import com.halowill.partnerhub.orders.X12Profile;
import com.halowill.partnerhub.orders.X12Profiles;
import com.halowill.partnerhub.portal.web.Input;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Distributors' X12 trading-partner profiles: the ISA party and GS id their interchanges come from and HaloWill's
 * answers go to, the version and separators their translator reads, the SFTP drop folder its pushed documents are put
 * into; the cXML sender credential each distributor's procurement network orders with. Ops admins change them. Below, the newest planning schedule (830) each
 * distributor sent.
 */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console/x12-partners")
@Produces(MediaType.TEXT_HTML)
public class X12PartnerConsole {

    /** A drop folder and its newest delivery (null before the first). */
    public record FolderRow(DropFolder folder, WebhookDelivery last) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partners(PortalUser user, List<X12Profile> profiles,
                List<Distributor> distributors, List<CxmlSender> cxmlSenders, List<PlanningSchedule> schedules,
                List<FolderRow> folders, String message);
    }

    private final PortalUser user;
    private final X12Profiles profiles;
    private final Distributors distributors;
    private final PlanningSchedules schedules;
    private final CxmlSenders cxmlSenders;
    private final DropFolders folders;

    X12PartnerConsole(PortalUser user, X12Profiles profiles, Distributors distributors, PlanningSchedules schedules,
            CxmlSenders cxmlSenders, DropFolders folders) {
        this.folders = folders;
        this.schedules = schedules;
        this.cxmlSenders = cxmlSenders;
        this.user = user;
        this.profiles = profiles;
        this.distributors = distributors;
    }

    @GET
    public TemplateInstance partners(@QueryParam("message") String message) {
        List<FolderRow> rows = folders.all().stream().map(f -> new FolderRow(f, folders.deliveries(f.distributor(), 1)
                .stream().findFirst().orElse(null))).toList();
        return Templates.partners(user, profiles.all(), distributors.all(), cxmlSenders.all(), schedules.newest(),
                rows, message);
    }

    @POST
    @RolesAllowed(Roles.OPS_ADMIN)
    @Path("/drop-folder")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveFolder(@RestForm("distributor") String distributor, @RestForm("host") String host,
            @RestForm("port") String port, @RestForm("user") String folderUser, @RestForm("folder") String folder,
            @RestForm("hostKey") String hostKey, @RestForm("password") String password) {
        int portNumber;
        try {
            portNumber = port == null || port.isBlank() ? 22 : Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            return back("The drop folder was not saved: port: is a number from 1 to 65535.");
        }
        try {
            DropFolder saved = folders.save(new DropFolder(Input.distributor(distributor).orElse(null), host,
                    portNumber, folderUser, folder, hostKey, null, null), password, user.username());
            return back("Saved: " + saved.distributor() + "'s pushed X12 documents are put into "
                    + saved.address() + " once the server shows host key " + saved.hostKey() + ".");
        } catch (InvalidWebhook e) {
            return back("The drop folder was not saved: " + e.field() + ": " + e.getMessage() + ".");
        }
    }

    @POST
    @RolesAllowed(Roles.OPS_ADMIN)
    @Path("/drop-folder/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeFolder(@RestForm("distributor") String distributor) {
        boolean removed = Input.distributor(distributor).map(folders::remove).orElse(false);
        return back(removed ? "Drop folder of " + Input.echo(distributor) + " removed: nothing more is put there."
                : "There was no such drop folder.");
    }

    @POST
    @RolesAllowed(Roles.OPS_ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm("distributor") String distributor, @RestForm("isaQualifier") String qualifier,
            @RestForm("isaId") String isaId, @RestForm("groupId") String groupId, @RestForm("version") String version,
            @RestForm("separators") String separators, @RestForm("push") List<String> push) {
        String seps = separators == null ? "" : separators.strip();
        if (seps.length() != 3) {
            return back("The profile was not saved: separators are three characters, element, component and segment"
                    + " terminator, such as *>~.");
        }
        String isa = isaId == null ? "" : isaId.strip();
        DistributorCode code = DistributorCode.of(distributor == null ? null : distributor.strip()).orElse(null);
        try {
            X12Profile saved = profiles.save(new X12Profile(code,
                    qualifier == null ? "" : qualifier.strip().toUpperCase(java.util.Locale.ROOT), isa,
                    groupId == null || groupId.isBlank() ? isa : groupId.strip(), version, seps.charAt(0),
                    seps.charAt(1), seps.charAt(2), pushed(push), null, null), user.username());
            return back("Saved: " + saved.distributor() + " sends from ISA " + saved.isaQualifier() + "/"
                    + saved.isaId() + "; interchanges from any other party are refused for it with a TA1, and its"
                    + " 997, 855 and 856 go to that party in " + saved.version() + "; pushed to its subscribed"
                    + " endpoints: " + pushedDocuments(saved) + ".");
        } catch (OrderRejected e) {
            return back("The profile was not saved: " + e.errors().stream()
                    .map(f -> label(f) + " " + f.message()).collect(Collectors.joining("; ")) + ".");
        }
    }

    /** The documents ticked on the form (unknown values ignored). */
    private static Set<X12Profile.Pushed> pushed(List<String> ticked) {
        Set<X12Profile.Pushed> out = EnumSet.noneOf(X12Profile.Pushed.class);
        for (X12Profile.Pushed p : X12Profile.Pushed.values()) {
            if (ticked != null && ticked.contains(p.name())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The documents a profile pushes, as the profiles table shows them ({@code 855, 856}, or {@code none}). */
    @io.quarkus.qute.TemplateExtension
    static String pushedDocuments(X12Profile p) {
        return p.pushed().isEmpty() ? "none" : p.pushed().stream().sorted().map(X12PartnerConsole::documentName)
                .collect(Collectors.joining(", "));
    }

    /** A pushed document as ops read it. */
    static String documentName(X12Profile.Pushed document) {
        return switch (document) {
            case ACKNOWLEDGMENT_855 -> "855";
            case SHIP_NOTICE_856 -> "856";
            case CHANGE_ANSWER_865 -> "865";
        };
    }

    @POST
    @RolesAllowed(Roles.OPS_ADMIN)
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestForm("distributor") String distributor) {
        boolean removed = Input.distributor(distributor).map(profiles::remove).orElse(false);
        return back(removed ? "Profile of " + Input.echo(distributor) + " removed: its interchanges are answered to"
                + " whatever party sent them, and no other distributor's party is accepted for it."
                : "There was no such profile.");
    }

    @POST
    @RolesAllowed(Roles.OPS_ADMIN)
    @Path("/cxml")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCxml(@RestForm("distributor") String distributor, @RestForm("domain") String domain,
            @RestForm("identity") String identity, @RestForm("sharedSecret") String sharedSecret) {
        try {
            CxmlSender saved = cxmlSenders.save(new DistributorCode(distributor == null || distributor.isBlank()
                    ? "?" : distributor.strip()), domain == null ? null : domain.strip(),
                    identity == null ? null : identity.strip(), sharedSecret, user.username());
            return back("Saved: cXML orders from " + saved.domain() + "/" + saved.identity() + " with that shared"
                    + " secret are " + saved.distributor() + "'s; the secret is kept only as a hash.");
        } catch (OrderRejected e) {
            return back("The cXML sender was not saved: " + e.errors().stream()
                    .map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")) + ".");
        }
    }

    private static String label(FieldError f) {
        return switch (f.field()) {
            case "isaQualifier" -> "ISA qualifier:";
            case "isaId" -> "ISA id:";
            case "groupId" -> "GS id:";
            case "version" -> "version:";
            case "separators" -> "separators:";
            default -> "distributor:";
        };
    }

    private static Response back(String message) {
        return Response.seeOther(UriBuilder.fromPath("/console/x12-partners").queryParam("message", message).build())
                .build();
    }
}
