package com.halowill.partnerhub.api.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.halowill.partnerhub.api.security.Caller;
import com.halowill.partnerhub.api.security.Roles;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.notifications.WebhookDelivery;
import com.halowill.partnerhub.notifications.WebhookEndpoint;
import com.halowill.partnerhub.notifications.WebhookEvent;
import com.halowill.partnerhub.notifications.Webhooks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A distributor admin's webhook endpoints: register (the secret is shown once), list, remove, see deliveries. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Webhooks")
public class WebhookResource {

    /** What registering an endpoint takes. */
    public record NewEndpoint(String url, List<String> events) {
    }

    /** An endpoint as the API shows it; {@code secret} only in the answer that created it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EndpointBody(String id, String url, List<String> events, String secret, Instant createdAt) {

        static EndpointBody of(WebhookEndpoint e) {
            return new EndpointBody(e.id().toString(), e.url(), e.events().stream().map(WebhookEvent::wireName).toList(),
                    e.secret(), e.createdAt());
        }
    }

    private final Webhooks webhooks;
    private final Caller caller;

    WebhookResource(Webhooks webhooks, Caller caller) {
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an https endpoint for order.acknowledged, commitment.changed, shipment.created, "
            + "order.cancelled; deliveries are signed with the secret in the answer (X-PartnerHub-Signature)")
    public Response register(NewEndpoint body) {
        WebhookEndpoint e = webhooks.register(caller.company(), body == null ? null : body.url(),
                body == null ? null : body.events(), caller.name());
        return Response.created(URI.create("/api/v1/webhooks/" + e.id())).entity(EndpointBody.of(e)).build();
    }

    @GET
    @Operation(summary = "The caller's endpoints (without their secrets)")
    public List<EndpointBody> list() {
        return webhooks.endpoints(caller.company()).stream().map(EndpointBody::of).toList();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove an endpoint: nothing more is delivered to it")
    public Response remove(@PathParam("id") String id) {
        DistributorCode distributor = caller.company();
        if (!parse(id).map(uuid -> webhooks.remove(distributor, uuid)).orElse(false)) {
            throw new NotFoundException("No webhook endpoint " + id + ".");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The newest deliveries to an endpoint: status, attempts, last answer")
    public List<WebhookDelivery> deliveries(@PathParam("id") String id) {
        DistributorCode distributor = caller.company();
        UUID uuid = parse(id).filter(u -> webhooks.endpoints(distributor).stream().anyMatch(e -> e.id().equals(u)))
                .orElseThrow(() -> new NotFoundException("No webhook endpoint " + id + "."));
        return webhooks.deliveries(distributor, uuid, 100);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(summary = "Rotate the endpoint's secret: the answer carries the new one, shown this once; the old one "
            + "still signs deliveries beside it for a day (X-PartnerHub-Signature-Timestamped)")
    public EndpointBody rotateSecret(@PathParam("id") String id) {
        return parse(id).flatMap(uuid -> webhooks.rotateSecret(caller.company(), uuid, caller.name()))
                .map(EndpointBody::of).orElseThrow(() -> new NotFoundException("No webhook endpoint " + id + "."));
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
