package com.halowill.partnerhub.portal.console;

import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.HistoryEntry;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.Shipment;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.ShipmentRefused;
import com.halowill.partnerhub.commitments.ShipmentRequest;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.portal.web.DateHistoryRow;
import com.halowill.partnerhub.portal.web.Input;
import com.halowill.partnerhub.portal.web.PortalUser;
import com.halowill.partnerhub.portal.web.Roles;
import com.halowill.partnerhub.portal.web.SharedPages;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The ops console's order page: any order with its commitments, date history and shipments, and recording a shipment. */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class OrderConsole {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance order(PortalUser user, PurchaseOrder order, List<Commitment> commitments,
                List<DateHistoryRow> history, List<Shipment> shipments, String message, String shipmentKey);
    }

    private final PortalUser user;
    private final Promises promises;
    private final Orders orders;
    private final Shipments shipments;

    OrderConsole(PortalUser user, Promises promises, Orders orders, Shipments shipments) {
        this.user = user;
        this.promises = promises;
        this.orders = orders;
        this.shipments = shipments;
    }

    @GET
    @Path("/orders/{id}")
    public Response order(@PathParam("id") String id, @QueryParam("message") String message) {
        Optional<PurchaseOrder> order = Input.orderId(id).flatMap(orders::find);
        if (order.isEmpty()) {
            return Response.status(404).entity(SharedPages.Templates.notFound(user, "order " + id)).build();
        }
        List<String> refs = order.get().lines().stream().map(l -> l.demandRef().value()).toList();
        List<HistoryEntry> history = promises.history(DemandRef.all(refs));
        return Response.ok(Templates.order(user, order.get(), promises.forDemands(DemandRef.all(refs)),
                DateHistoryRow.of(order.get(), history), shipments.forReference(order.get().id().toString()),
                message, UUID.randomUUID().toString())).build();
    }

    @POST
    @Path("/orders/{id}/shipments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ship(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Optional<PurchaseOrder> order = Input.orderId(id).flatMap(orders::find);
        if (order.isEmpty()) {
            return Response.status(404).entity(SharedPages.Templates.notFound(user, "order " + id)).build();
        }
        List<ShipmentLine> lines = new ArrayList<>();
        for (OrderLine l : order.get().lines()) {
            String q = form.getFirst("qty-" + l.lineNumber());
            if (!blank(q)) {
                try {
                    String scanned = form.getFirst("serials-" + l.lineNumber());
                    List<String> serials = blank(scanned) ? List.of() : Arrays.stream(scanned.strip()
                            .toUpperCase(Locale.ROOT).split("[\\s,;]+")).toList();
                    lines.add(new ShipmentLine(l.demandRef(), Integer.parseInt(q.trim()), serials));
                } catch (NumberFormatException e) {
                    return backToOrder(id, "Line " + l.lineNumber() + ": the quantity must be a whole number.");
                }
            }
        }
        try {
            Shipment s = shipments.record(new ShipmentRequest(order.get().distributor(), order.get().id().toString(),
                    blank(form.getFirst("warehouse")) ? null : form.getFirst("warehouse"), form.getFirst("carrier"),
                    form.getFirst("tracking"), lines, Input.key(form.getFirst("shipmentKey"))), user.username());
            return backToOrder(id, "Shipment recorded: " + s.lines().stream().mapToInt(ShipmentLine::quantity).sum()
                    + " units, " + s.carrier() + " " + s.tracking() + ".");
        } catch (ShipmentRefused e) {
            return backToOrder(id, "Nothing was recorded: " + e.getMessage());
        }
    }

    private static Response backToOrder(String id, String message) {
        return Response.seeOther(UriBuilder.fromPath("/console/orders/" + id).queryParam("message", message).build())
                .build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
