package com.halowill.partnerhub.api.orders;

import com.halowill.partnerhub.api.edi.X12Resource;
import com.halowill.partnerhub.api.edi.outbound.X12Documents;
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
import com.halowill.partnerhub.orders.PurchaseOrder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
    private final X12Documents documents;

    ChangeRequestResource(ChangeRequests requests, Orders orders, Caller caller, X12Documents documents) {
        this.documents = documents;
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

    @GET
    @jakarta.ws.rs.Path("/{requestId}")
    @Produces({MediaType.APPLICATION_JSON, X12Resource.X12})
    @RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
    @Operation(summary = "One change request with each line's outcome. With Accept: application/edi-x12 the X12 865"
            + " that answers it (version=004010 or 005010; by default as the distributor's X12 profile says, else"
            + " 004010): BCA02 AD all accepted as asked, AC some line not (yet), RD all rejected; per line a POC with"
            + " the change asked and ACKs: IA accepted (DR rescheduled, IB backordered) per dated quantity, ID deleted,"
            + " IH on hold for HaloWill's review, IR rejected")
    @APIResponse(responseCode = "200", description = "The change request", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangeRequestBody.class)),
        @Content(mediaType = X12Resource.X12)})
    @APIResponse(responseCode = "404", description = "No such order or change request of the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response one(@PathParam("id") String id, @PathParam("requestId") String requestId,
            @QueryParam("version") String version, @HeaderParam("Accept") String accept) {
        DistributorCode distributor = caller.company();
        OrderId orderId = parse(id);
        PurchaseOrder order = orders.find(orderId, distributor)
                .orElseThrow(() -> new NotFoundException("No purchase order " + id + "."));
        var request = requests.forOrder(orderId, distributor).stream()
                .filter(r -> r.id().toString().equals(requestId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No change request " + requestId + " of this order."));
        if (X12Answers.wantsX12(accept)) {
            return X12Answers.x12(() -> documents.changeAcknowledgment(order, request,
                    X12Answers.version(version)));
        }
        return Response.ok(ChangeRequestBody.of(request), MediaType.APPLICATION_JSON).build();
    }

    private static OrderId parse(String id) {
        return OrderId.of(id).orElseThrow(() -> new NotFoundException("No purchase order " + id + "."));
    }
}
