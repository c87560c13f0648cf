package com.halowill.partnerhub.api.orders;

import com.halowill.partnerhub.api.http.Problem;
import com.halowill.partnerhub.api.security.Caller;
import com.halowill.partnerhub.api.security.Roles;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.orders.ChangeRequests;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.LineChange;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.Orders;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Change requests on an order: new quantities or dates, or cancelled lines, decided by the engine or by ops. */
@Path("/api/v1/purchase-orders/{id}/change-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purchase orders")
public class ChangeRequestResource {

    private final ChangeRequests requests;
    private final Orders orders;
    private final Caller caller;

    ChangeRequestResource(ChangeRequests requests, Orders orders, Caller caller) {
        this.requests = requests;
        this.orders = orders;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BUYER, Roles.ADMIN})
    @Operation(summary = "Change quantities or requested dates of lines, or cancel lines. Lines the engine can"
            + " re-promise without moving anyone else's commitment are ACCEPTED at once; the others wait as"
            + " PENDING_REVIEW for HaloWill. A line cannot go below what shipped, and a product past its last-time-buy"
            + " date cannot be increased. With an Idempotency-Key, sending the same request again answers the first"
            + " one and changes nothing.")
    @APIResponse(responseCode = "202", description = "The request with its state and each line's outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ChangeRequestBody.class)))
    @APIResponse(responseCode = "400", description = "Validation failed: every error, with its field path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such order of the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used for another change request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey,
            ChangeRequestRequest body) {
        DistributorCode distributor = caller.company();
        OrderId orderId = parse(id);
        if (idempotencyKey != null && (idempotencyKey.isEmpty() || idempotencyKey.length() > 255
                || !idempotencyKey.chars().allMatch(c -> c >= 0x20 && c < 0x7f))) {
            throw new OrderRejected(List.of(new FieldError("Idempotency-Key",
                    "when given, 1 to 255 printable ASCII characters")));
        }
        if (body == null) {
            throw new OrderRejected(List.of(new FieldError("body", "a change request is required")));
        }
        List<LineChange> lines = body.lines() == null ? null : body.lines().stream()
                .map(l -> l == null ? null : new LineChange(l.lineNumber(), l.quantity(), l.requestedDate(),
                        l.cancel()))
                .toList();
        ChangeRequestBody answer = requests.submit(orderId, distributor, lines,
                body.note(), caller.name(),
                idempotencyKey)
                .map(ChangeRequestBody::of)
                .orElseThrow(() -> new NotFoundException("No purchase order " + id + "."));
        return Response.accepted(answer).location(URI.create("/api/v1/purchase-orders/" + id + "/change-requests"))
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
    @Operation(summary = "The order's change requests, oldest first, with each line's outcome")
    public List<ChangeRequestBody> list(@PathParam("id") String id) {
        DistributorCode distributor = caller.company();
        OrderId orderId = parse(id);
        if (orders.find(orderId, distributor).isEmpty()) {
            throw new NotFoundException("No purchase order " + id + ".");
        }
        return requests.forOrder(orderId,
                distributor).stream().map(ChangeRequestBody::of).toList();
    }

    private static OrderId parse(String id) {
        return OrderId.of(id).orElseThrow(() -> new NotFoundException("No purchase order " + id + "."));
    }
}
