package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.commitments.Shipments;
import com.halowill.partnerhub.commitments.ShippedUnit;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;

/**
 * A shipped unit by its serial number, for the distributor it shipped to: the part, the order line and the
 * shipment it went out with. Another distributor's serial is not found, like one that never shipped.
 */
@RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
@Path("/portal/serials")
@Produces(MediaType.TEXT_HTML)
public class SerialPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance serial(PortalUser user, Distributor distributor, ShippedUnit unit,
                PurchaseOrder order, OrderLine line);
    }

    private final PortalUser user;
    private final SignedInDistributor company;
    private final Shipments shipments;
    private final Orders orders;

    SerialPages(PortalUser user, SignedInDistributor company, Shipments shipments, Orders orders) {
        this.user = user;
        this.company = company;
        this.shipments = shipments;
        this.orders = orders;
    }

    /** The lookup form's answer: the serial's page. */
    @GET
    public Response lookup(@QueryParam("serial") String serial) {
        String typed = serial == null ? "" : serial.strip();
        return Response.seeOther(UriBuilder.fromPath("/portal/serials/{serial}").build(typed.isEmpty() ? "-" : typed))
                .build();
    }

    @GET
    @Path("/{serial}")
    public Response serial(@PathParam("serial") String serial) {
        Distributor me = company.get();
        Optional<ShippedUnit> unit = shipments.unit(serial).filter(u -> u.distributor().value().equals(me.code()));
        Optional<PurchaseOrder> order = unit.flatMap(u -> Input.orderId(u.reference())).flatMap(id -> orders.find(id,
                me.id()));
        if (unit.isEmpty() || order.isEmpty()) {
            return Response.status(404).entity(SharedPages.Templates.notFound(user, "serial number "
                    + Input.echo(serial))).build();
        }
        OrderLine line = order.get().lines().stream().filter(l -> l.demandRef().equals(unit.get().demandRef()))
                .findFirst().orElse(null);
        return Response.ok(Templates.serial(user, me, unit.get(), order.get(), line)).build();
    }
}
