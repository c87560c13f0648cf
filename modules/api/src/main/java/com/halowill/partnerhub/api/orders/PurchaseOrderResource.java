package com.halowill.partnerhub.api.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.halowill.partnerhub.api.edi.X12Resource;
import com.halowill.partnerhub.api.edi.outbound.X12Documents;
import com.halowill.partnerhub.api.http.Page;
import com.halowill.partnerhub.api.http.Problem;
import com.halowill.partnerhub.api.http.QueryParameters;
import com.halowill.partnerhub.api.security.Caller;
import com.halowill.partnerhub.api.security.Roles;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.HistoryEntry;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.Shipment;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.OrderChanges;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderIntake;
import com.halowill.partnerhub.orders.OrderPage;
import com.halowill.partnerhub.orders.OrderQuery;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.OrderStatus;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.orders.Submission;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Purchase orders: submit one idempotently, read one, list the caller's. */
@Path("/api/v1/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purchase orders")
public class PurchaseOrderResource {

    static final int MAX_LIMIT = 200;

    private final OrderIntake intake;
    private final Orders orders;
    private final Caller caller;
    private final Promises promises;
    private final OrderChanges changes;
    private final Distributors distributors;
    private final ObjectMapper mapper;
    private final Shipments shipments;
    private final X12Documents documents;

    PurchaseOrderResource(OrderIntake intake, Orders orders, Caller caller, Promises promises, OrderChanges changes,
            Distributors distributors, ObjectMapper mapper, Shipments shipments, X12Documents documents) {
        this.mapper = mapper;
        this.shipments = shipments;
        this.documents = documents;
        this.intake = intake;
        this.orders = orders;
        this.caller = caller;
        this.promises = promises;
        this.changes = changes;
        this.distributors = distributors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BUYER, Roles.ADMIN})
    @Operation(summary = "Submit a purchase order; the Idempotency-Key makes retries safe")
    @APIResponse(responseCode = "201", description = "Created (or the replay of the first call with this key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PurchaseOrderBody.class)))
    @APIResponse(responseCode = "400", description = "Validation failed: every error, with its field path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token's role may not order, or it names no distributor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "PO number already used; detail names the existing order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Over the client's rate limit; Retry-After says when to retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is briefly unavailable; retry with the same key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@Parameter(required = true, description = "1 to 255 printable ASCII characters; a retry"
            + " with the same key and body answers exactly what the first call answered")
            @HeaderParam("Idempotency-Key") String idempotencyKey, PurchaseOrderRequest body) {
        DistributorCode distributor = caller.company();
        if (idempotencyKey == null || idempotencyKey.isEmpty() || idempotencyKey.length() > 255
                || !idempotencyKey.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new OrderRejected(List.of(new FieldError("Idempotency-Key",
                    "header is required: 1 to 255 printable ASCII characters")));
        }
        if (body == null) {
            throw new OrderRejected(List.of(new FieldError("body", "a purchase order is required")));
        }
        List<SubmitLine> lines = body.lines() == null ? null : body.lines().stream()
                .map(l -> l == null ? null
                        : new SubmitLine(l.lineNumber(), l.sku(), l.quantity(), l.requestedDate(), l.unitPrice()))
                .toList();
        SubmitOrder order = new SubmitOrder(distributor, idempotencyKey, Channel.API, body.poNumber(), body.shipTo(),
                body.currency(), lines, body.note(), caller.name());
        Sent sent = intake.submitTogether(order, s -> answer(distributor, idempotencyKey, s));
        return Response.status(sent.status()).location(sent.location()).type(MediaType.APPLICATION_JSON)
                .entity(sent.body()).build();
    }

    /** What a submission answered: kept with the key in the intake's transaction, sent once it committed. */
    private record Sent(URI location, int status, String body) {
    }

    private Sent answer(DistributorCode distributor, String idempotencyKey, Submission s) {
        URI location = URI.create("/api/v1/purchase-orders/" + s.order().id());
        if (s.replay()) {
            Optional<OrderIntake.Receipt> first = intake.firstReceipt(distributor, idempotencyKey);
            if (first.isPresent()) {
                return new Sent(location, first.get().code(), first.get().text());
            }
        }
        String json = json(PurchaseOrderBody.of(s.order()));
        if (!s.replay()) {
            intake.keepReceipt(distributor, idempotencyKey, new OrderIntake.Receipt(201, json));
        }
        return new Sent(location, 201, json);
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an order body could not be written as JSON", e);
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
    @Operation(summary = "One of the caller's orders; another distributor's order answers 404")
    public PurchaseOrderBody get(@PathParam("id") String id) {
        return PurchaseOrderBody.of(mine(id));
    }

    @GET
    @Path("/changes")
    @RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
    @Operation(summary = "The caller's orders changed since a cursor, oldest change first: poll with nextCursor "
            + "and no change is ever missed (changes of transactions still running wait for the next poll)")
    public Page<PurchaseOrderBody> changes(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        DistributorCode distributor = caller.company();
        QueryParameters params = new QueryParameters();
        Integer asked = params.integer("limit", limit, "must be a whole number between 1 and " + MAX_LIMIT);
        if (asked != null && (asked < 1 || asked > MAX_LIMIT)) {
            params.reject("limit", "must be between 1 and " + MAX_LIMIT);
        }
        params.validate();
        try {
            OrderPage page = orders.changes(distributor, after, asked == null ? 50 : asked);
            return new Page<>(page.items().stream().map(PurchaseOrderBody::of).toList(), page.nextCursor());
        } catch (IllegalArgumentException e) {
            throw new OrderRejected(List.of(new FieldError("after", "is not a cursor this API returned")));
        }
    }

    @GET
    @Path("/{id}/acknowledgment")
    @Produces({MediaType.APPLICATION_JSON, X12Resource.X12})
    @RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
    @Operation(summary = "HaloWill's answer per line (ACCEPTED, ACCEPTED_DATE_CHANGED, ACCEPTED_QUANTITY_CHANGED, "
            + "BACKORDERED, REJECTED, PENDING) with schedule, price and terms. With Accept: application/edi-x12 the"
            + " X12 855 (version=004010 or 005010; by default the version of the distributor's X12 profile, else"
            + " 004010): BAK02 AC/AD/RD, per line one ACK per dated"
            + " quantity: IA accepted, DR date rescheduled, IQ quantity changed, IB backordered, IR rejected")
    @APIResponse(responseCode = "200", description = "The acknowledgment", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcknowledgmentBody.class)),
        @Content(mediaType = X12Resource.X12)})
    public Response acknowledgment(@PathParam("id") String id, @QueryParam("version") String version,
            @HeaderParam("Accept") String accept) {
        PurchaseOrder order = mine(id);
        if (X12Answers.wantsX12(accept)) {
            return X12Answers.x12(() -> documents.acknowledgment(order, X12Answers.version(version)));
        }
        return Response.ok(AcknowledgmentBody.of(order,
                distributors.find(order.distributor()).orElseThrow()),
                MediaType.APPLICATION_JSON).build();
    }


    @GET
    @Path("/{id}/x12")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
    @Operation(summary = "The 850 transaction (ST to SE) the order came from, exactly as the interchange carried it,"
            + " every segment included; 404 for an order that did not come by X12")
    public Response receivedX12(@PathParam("id") String id) {
        PurchaseOrder order = mine(id);
        return documents.received(order).map(text -> Response.ok(text, MediaType.TEXT_PLAIN).build())
                .orElseThrow(() -> new NotFoundException("Order " + id + " did not come by X12."));
    }

    @GET
    @Path("/{id}/shipments")
    @RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
    @Operation(summary = "The order's shipments: date, carrier, tracking and units per line")
    public List<ShipmentBody> shipments(@PathParam("id") String id) {
        PurchaseOrder order = mine(id);
        return shipments.forReference(order.id().toString()).stream().map(s -> ShipmentBody.of(s, order)).toList();
    }

    @GET
    @Path("/{id}/shipments/{shipmentId}")
    @Produces({MediaType.APPLICATION_JSON, X12Resource.X12})
    @RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
    @Operation(summary = "One shipment of the order; with Accept: application/edi-x12 the X12 856 advance ship notice"
            + " (shipment, order, pack and item levels; version=004010 or 005010, by default as the distributor's X12"
            + " profile says, else 004010)")
    public Response shipment(@PathParam("id") String id, @PathParam("shipmentId") String shipmentId,
            @QueryParam("version") String version, @HeaderParam("Accept") String accept) {
        PurchaseOrder order = mine(id);
        Shipment shipment = shipmentOf(order, shipmentId);
        if (X12Answers.wantsX12(accept)) {
            return X12Answers.x12(() -> documents.shipmentNotice(order, shipment, X12Answers.version(version)));
        }
        return Response.ok(ShipmentBody.of(shipment, order), MediaType.APPLICATION_JSON).build();
    }

    private Shipment shipmentOf(PurchaseOrder order, String shipmentId) {
        return shipments.forReference(order.id().toString()).stream()
                .filter(s -> s.id().toString().equals(shipmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No shipment " + shipmentId + " of this order."));
    }



    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.BUYER, Roles.ADMIN})
    @Operation(summary = "Cancel what has not shipped; its supply is released. Cancelling again changes nothing.")
    public PurchaseOrderBody cancel(@PathParam("id") String id) {
        DistributorCode distributor = caller.company();
        return OrderId.of(id).flatMap(order -> changes.cancel(order, distributor, caller.name()))
                .map(PurchaseOrderBody::of)
                .orElseThrow(() -> new NotFoundException("No purchase order " + id + "."));
    }

    @GET
    @Path("/{id}/commitment-history")
    @RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
    @Operation(summary = "Every date ever given for each line, with time, who and reason code")
    public CommitmentHistoryBody history(@PathParam("id") String id) {
        PurchaseOrder order = mine(id);
        Map<String, List<HistoryEntry>> byLine = promises.history(order.lines().stream()
                .map(l -> l.demandRef())
                .toList()).stream().collect(Collectors.groupingBy(h -> h.demandRef().value()));
        return new CommitmentHistoryBody(order.id().toString(), order.lines().stream()
                .map(l -> new CommitmentHistoryBody.LineHistory(l.lineNumber(), l.sku().value(),
                        byLine.getOrDefault(l.demandRef().value(),
                        List.of()).stream().map(h -> new CommitmentHistoryBody.Entry(
                                h.at(), h.actor(), h.action(), h.reason().name(), h.reason().text(),
                                h.note().isEmpty() ? null : h.note(), h.schedule().stream()
                                        .map(s -> new CommitmentHistoryBody.Dated(s.quantity(), s.shipDate()))
                                        .toList())).toList()))
                .toList());
    }

    @GET
    @RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
    @Operation(summary = "The caller's orders, newest first, cursor-paged")
    public Page<PurchaseOrderBody> list(@QueryParam("status") String status, @QueryParam("poNumber") String poNumber,
            @QueryParam("updatedSince") String updatedSince, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        DistributorCode distributor = caller.company();
        QueryParameters params = new QueryParameters();
        OrderStatus statusFilter = params.oneOf(OrderStatus.class, "status", status);
        Instant since = params.instant("updatedSince", updatedSince);
        Integer asked = params.integer("limit", limit, "must be a whole number between 1 and " + MAX_LIMIT);
        int pageSize = asked == null ? 50 : asked;
        if (asked != null && (pageSize < 1 || pageSize > MAX_LIMIT)) {
            params.reject("limit", "must be between 1 and " + MAX_LIMIT);
        }
        params.validate();
        OrderPage page;
        try {
            page = orders.list(new OrderQuery(distributor, statusFilter, poNumber, since, pageSize, cursor));
        } catch (IllegalArgumentException e) {
            throw new OrderRejected(List.of(new FieldError("cursor", "is not a cursor this API returned")));
        }
        return new Page<>(page.items().stream().map(PurchaseOrderBody::of).toList(), page.nextCursor());
    }

    /** One of the caller's orders; someone else's (or no order) is simply not found. */
    private PurchaseOrder mine(String id) {
        DistributorCode distributor = caller.company();
        return OrderId.of(id).flatMap(order -> orders.find(order, distributor))
                .orElseThrow(() -> new NotFoundException("No purchase order " + id + "."));
    }
}
