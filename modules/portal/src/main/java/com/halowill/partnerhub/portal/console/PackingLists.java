package com.halowill.partnerhub.portal.console;

import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.commitments.Shipment;
import com.halowill.partnerhub.commitments.ShipmentLine;
import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.orders.ShipTo;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The console's printable packing list of one shipment: where it goes, what is in the box, what is still to come. */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console/packing-lists")
@Produces(MediaType.TEXT_HTML)
public class PackingLists {

    /** One order line as the packing list shows it: what this shipment carries and what is still open. */
    public record Item(int lineNumber, String sku, String description, int ordered, int inThisShipment,
            int shippedSoFar, int stillOpen) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance packingList(PurchaseOrder order, Distributor distributor, ShipTo shipTo,
                Shipment shipment, List<Item> items, int units);
    }

    private final PortalUser user;
    private final Orders orders;
    private final Shipments shipments;
    private final Distributors distributors;
    private final Catalog catalog;

    PackingLists(PortalUser user, Orders orders, Shipments shipments, Distributors distributors, Catalog catalog) {
        this.user = user;
        this.orders = orders;
        this.shipments = shipments;
        this.distributors = distributors;
        this.catalog = catalog;
    }

    @GET
    @Path("/{order}/{shipment}")
    public Response packingList(@PathParam("order") String orderId, @PathParam("shipment") String shipmentId) {
        Optional<PurchaseOrder> order = Input.orderId(orderId).flatMap(orders::find);
        Optional<Shipment> shipment = order.flatMap(o -> shipments.forReference(o.id().toString()).stream()
                .filter(s -> s.id().toString().equals(shipmentId)).findFirst());
        if (shipment.isEmpty()) {
            return Response.status(404).entity(SharedPages.Templates.notFound(user, "shipment " + shipmentId))
                    .build();
        }
        PurchaseOrder o = order.get();
        Distributor distributor = distributors.find(o.distributor()).orElseThrow();
        ShipTo shipTo = distributors.shipTos(o.distributor()).stream().filter(s -> s.code()
                .equals(o.shipTo()))
                .findFirst().orElseThrow();
        Map<String, Product> products = catalog.find(o.lines().stream().map(OrderLine::sku).distinct().toList());
        List<Item> items = new ArrayList<>();
        int units = 0;
        for (OrderLine l : o.lines()) {
            int here = shipment.get().lines().stream().filter(s -> s.demandRef().equals(l.demandRef()))
                    .mapToInt(ShipmentLine::quantity).sum();
            if (here == 0) {
                continue;
            }
            units += here;
            Product p = products.get(l.sku().value());
            items.add(new Item(l.lineNumber(), l.sku().value(), p == null ? "" : p.name(), l.quantity(), here,
                    l.shippedQuantity(), Math.max(0, l.acceptedQuantity() - l.shippedQuantity())));
        }
        return Response.ok(Templates.packingList(o, distributor, shipTo, shipment.get(), items, units)).build();
    }
}
