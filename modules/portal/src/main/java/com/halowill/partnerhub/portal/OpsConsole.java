package com.halowill.partnerhub.portal;

import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.SupplyTaken;
import com.halowill.partnerhub.orders.OrderQuery;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/** The ops console: the queue of proposed commitments to confirm, and any order's detail. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class OpsConsole {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(PortalUser user, List<Commitment> proposals, List<PurchaseOrder> recent,
                String message);

        static native TemplateInstance order(PortalUser user, PurchaseOrder order, List<Commitment> commitments);
    }

    private final PortalUser user;
    private final Promises promises;
    private final Orders orders;

    OpsConsole(PortalUser user, Promises promises, Orders orders) {
        this.user = user;
        this.promises = promises;
        this.orders = orders;
    }

    @GET
    public TemplateInstance queue(@QueryParam("message") String message) {
        List<PurchaseOrder> recent = orders.list(new OrderQuery(null, null, null, null, 20, null)).items();
        return Templates.queue(user, promises.proposals(), recent, message);
    }

    @POST
    @Path("/commitments/{id}/confirm")
    public Response confirm(@PathParam("id") String id) {
        Optional<UUID> uuid = PartnerPortal.parse(id);
        if (uuid.isEmpty()) {
            return backToQueue("No such proposal.");
        }
        String message;
        try {
            Commitment c = promises.confirm(uuid.get(), user.username());
            message = "Confirmed " + c.quantity() + " x " + c.sku() + " for " + c.distributor()
                    + (c.backordered() ? " as a backorder." : ", ship " + c.shipDate() + ".");
        } catch (SupplyTaken e) {
            Commitment again = promises.repropose(uuid.get(), user.username());
            message = e.getMessage() + " New proposal: "
                    + (again.backordered() ? "backorder" : "ship " + again.shipDate()) + ". Review and confirm again.";
        } catch (NoSuchElementException e) {
            message = "No such proposal.";
        }
        return backToQueue(message);
    }

    @GET
    @Path("/orders/{id}")
    public Response order(@PathParam("id") String id) {
        Optional<PurchaseOrder> order = PartnerPortal.parse(id).flatMap(orders::find);
        if (order.isEmpty()) {
            return Response.status(404).entity(PartnerPortal.Templates.notFound(user, "order " + id)).build();
        }
        List<String> refs = order.get().lines().stream().map(l -> l.demandRef()).toList();
        return Response.ok(Templates.order(user, order.get(), promises.forDemands(refs))).build();
    }

    private static Response backToQueue(String message) {
        return Response.seeOther(UriBuilder.fromPath("/console").queryParam("message", message).build()).build();
    }
}
