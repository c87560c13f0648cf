package com.halowill.partnerhub.portal.console;

import com.halowill.partnerhub.orders.ChangeRequest;
import com.halowill.partnerhub.orders.ChangeRequests;
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
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/** Change requests waiting for ops: what each line asks, what the engine can offer, what accepting gives; decide. */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console/changes")
@Produces(MediaType.TEXT_HTML)
public class ChangeConsole {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance changes(PortalUser user, List<Waiting> pending, String message);
    }

    /** A request waiting for ops, with what accepting would give each of its lines now. */
    public record Waiting(ChangeRequest request, List<Row> rows) {
    }

    /** A line of a waiting request and, if it waits, what accepting would give it now (else empty). */
    public record Row(ChangeRequest.Line line, String ifAccepted) {
    }

    private final PortalUser user;
    private final ChangeRequests requests;

    ChangeConsole(PortalUser user, ChangeRequests requests) {
        this.user = user;
        this.requests = requests;
    }

    @GET
    public TemplateInstance changes(@QueryParam("message") String message) {
        List<Waiting> pending = requests.pending(100).stream().map(r -> {
            Map<Integer, String> ifAccepted = requests.ifAccepted(r);
            return new Waiting(r, r.lines().stream()
                    .map(l -> new Row(l, ifAccepted.getOrDefault(l.lineNumber(), ""))).toList());
        }).toList();
        return Templates.changes(user, pending, message);
    }

    @POST
    @Path("/{id}/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @RestForm("decision") String decision,
            @RestForm("note") String note) {
        String message;
        try {
            UUID requestId = UUID.fromString(id);
            ChangeRequest done = "accept".equals(decision) ? requests.accept(requestId, user.username(), note)
                    : requests.reject(requestId, user.username(), note);
            message = "Change request for " + done.poNumber() + ": " + done.state().name().toLowerCase()
                    .replace('_', ' ') + ".";
        } catch (IllegalArgumentException | NoSuchElementException e) {
            message = "No such change request.";
        }
        return Response.seeOther(UriBuilder.fromPath("/console/changes").queryParam("message", message).build())
                .build();
    }
}
