package com.halowill.partnerhub.portal.partner;
import com.halowill.partnerhub.catalog.Sku;

import com.halowill.partnerhub.commitments.HistoryEntry;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.Shipment;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.orders.ChangeRequest;
import com.halowill.partnerhub.orders.ChangeRequests;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.OrderPage;
import com.halowill.partnerhub.orders.OrderQuery;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The partner portal's order pages: my orders (search, filter, pages) and one order with its dates and changes. */
@RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
public class OrderPages {

    /** A recorded shipment of the order as the partner reads it: date, carrier, tracking, what is in it, serials. */
    public record ShipmentRow(LocalDate shipDate, String carrier, String tracking, String contents,
            List<String> serials) {

        static ShipmentRow of(Shipment s, PurchaseOrder order) {
            Map<String, OrderLine> lines = order.lines().stream().collect(Collectors.toMap(l -> l.demandRef().value(),
                    l -> l));
            String contents = s.lines().stream().map(l -> {
                OrderLine line = lines.get(l.demandRef().value());
                return line == null ? l.quantity() + " units" : "line " + line.lineNumber() + ": " + l.quantity()
                        + " x " + line.sku();
            }).collect(Collectors.joining("; "));
            return new ShipmentRow(s.shipDate(), s.carrier(), s.tracking(), contents,
                    s.lines().stream().flatMap(l -> l.serials().stream()).toList());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance orders(PortalUser user, Distributor distributor, List<PurchaseOrder> orders,
                OrderFilter filter, String nextPage, String message);

        static native TemplateInstance order(PortalUser user, Distributor distributor, PurchaseOrder order,
                List<DateHistoryRow> history, List<ChangeRequest> changes, List<ShipmentRow> shipments,
                String message, String changeKey);
    }

    private final PortalUser user;
    private final SignedInDistributor company;
    private final Promises promises;
    private final Orders orders;
    private final ChangeRequests changeRequests;
    private final Clock clock;
    private final Shipments shipments;

    OrderPages(PortalUser user, SignedInDistributor company, Promises promises, Orders orders,
            ChangeRequests changeRequests, Shipments shipments, Clock clock) {
        this.shipments = shipments;
        this.user = user;
        this.company = company;
        this.promises = promises;
        this.orders = orders;
        this.changeRequests = changeRequests;
        this.clock = clock;
    }

    @GET
    @Path("/orders")
    public TemplateInstance orders(@jakarta.ws.rs.QueryParam("status") String status,
            @jakarta.ws.rs.QueryParam("po") String po, @jakarta.ws.rs.QueryParam("sku") String sku,
            @jakarta.ws.rs.QueryParam("from") String from, @jakarta.ws.rs.QueryParam("to") String to,
            @jakarta.ws.rs.QueryParam("cursor") String cursor) {
        Distributor me = company.get();
        OrderFilter filter = OrderFilter.of(status, po, sku, from, to);
        try {
            OrderPage page = orders.list(new OrderQuery(me.id(), filter.orderStatus(), filter.poNumber(),
                    Sku.of(filter.partNumber()).orElse(null), filter.receivedFrom(clock.getZone()),
                    filter.receivedBefore(clock.getZone()),
                    null, OrderFilter.PAGE_SIZE, cursor == null || cursor.isBlank() ? null : cursor));
            return Templates.orders(user, me, page.items(), filter, filter.next(page.nextCursor()), filter.problem());
        } catch (IllegalArgumentException e) {
            return Templates.orders(user, me, List.of(), filter, null, "That page link is no longer valid; the list"
                    + " starts again from the newest order.");
        }
    }

    @GET
    @Path("/orders/{id}")
    public Response order(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("message") String message) {
        Distributor me = company.get();
        Optional<PurchaseOrder> order = Input.orderId(id).flatMap(oid -> orders.find(oid, me.id()));
        if (order.isEmpty()) {
            return Response.status(404).entity(SharedPages.Templates.notFound(user, "order " + id)).build();
        }
        List<HistoryEntry> history = promises.history(order.get().lines().stream()
                .map(l -> l.demandRef()).toList());
        return Response.ok(Templates.order(user, me, order.get(), DateHistoryRow.of(order.get(), history),
                changeRequests.forOrder(order.get().id(), me.id()), shipments.forReference(order.get().id()
                        .toString()).stream().map(sh -> ShipmentRow.of(sh, order.get())).toList(), message,
                UUID.randomUUID().toString())).build();
    }
}
