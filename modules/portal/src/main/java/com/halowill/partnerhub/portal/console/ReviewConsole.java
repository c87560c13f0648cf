package com.halowill.partnerhub.portal.console;

import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.LineOnReview;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderReviews;
import com.halowill.partnerhub.orders.ReviewThreshold;
import com.halowill.partnerhub.portal.web.Input;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Orders held at intake for review (a line far above normal, or past the credit limit): release them to the
 * engine or reject them with a note; and the review thresholds per distributor and product.
 */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console/reviews")
@Produces(MediaType.TEXT_HTML)
public class ReviewConsole {

    /** One held order and its held lines. */
    public record HeldOrder(UUID orderId, String poNumber, String distributor, List<LineOnReview> lines) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reviews(PortalUser user, List<HeldOrder> held, List<ReviewThreshold> thresholds,
                List<Distributor> distributors, List<Product> products, String message);
    }

    private final PortalUser user;
    private final OrderReviews reviews;
    private final Distributors distributors;
    private final Catalog catalog;

    ReviewConsole(PortalUser user, OrderReviews reviews, Distributors distributors, Catalog catalog) {
        this.user = user;
        this.reviews = reviews;
        this.distributors = distributors;
        this.catalog = catalog;
    }

    @GET
    public TemplateInstance reviews(@QueryParam("message") String message) {
        Map<UUID, HeldOrder> held = new LinkedHashMap<>();
        for (LineOnReview l : reviews.waiting()) {
            held.computeIfAbsent(l.orderId().value(), id -> new HeldOrder(id, l.poNumber(), l.distributor().value(),
                    new ArrayList<>())).lines().add(l);
        }
        return Templates.reviews(user, List.copyOf(held.values()), reviews.thresholds(), distributors.all(),
                catalog.search(ProductQuery.all()), message);
    }

    @POST
    @Path("/{orderId}/decide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("orderId") String orderId, @RestForm("decision") String decision,
            @RestForm("note") String note) {
        Optional<UUID> id = Input.uuid(orderId);
        if (id.isEmpty()) {
            return back("No such order.");
        }
        try {
            if ("release".equals(decision)) {
                int n = reviews.release(new OrderId(id.get()), user.username());
                return back(n == 0 ? "Nothing of that order was waiting any more."
                        : "Released " + lines(n) + " to the engine: the proposals are in the commitment queue.");
            }
            if ("reject".equals(decision)) {
                int n = reviews.reject(new OrderId(id.get()), note, user.username());
                return back(n == 0 ? "Nothing of that order was waiting any more."
                        : "Rejected " + lines(n) + "; the partner sees the note.");
            }
            return back("Choose release or reject.");
        } catch (NoSuchElementException e) {
            return back("No such order.");
        }
    }

    @POST
    @RolesAllowed(Roles.OPS_ADMIN)
    @Path("/thresholds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response threshold(@RestForm("distributor") String distributor, @RestForm("sku") String sku,
            @RestForm("maxUnits") String maxUnits) {
        int units;
        try {
            units = Integer.parseInt(maxUnits == null ? "" : maxUnits.strip());
        } catch (NumberFormatException e) {
            return back("The largest quantity without review must be a whole number (0 removes the threshold).");
        }
        try {
            reviews.setThreshold(
                    Input.distributor(distributor)
                            .orElseThrow(() -> new IllegalArgumentException("Choose a distributor")),
                    Input.sku(sku).orElseThrow(() -> new IllegalArgumentException("Choose a product")),
                    units, user.username());
        } catch (IllegalArgumentException e) {
            return back(e.getMessage() + ".");
        }
        return back(units == 0 ? "Threshold of " + distributor + " for " + sku + " removed: the distributor's"
                + " order history decides again." : distributor + " now orders up to " + units + " x " + sku
                + " on one line without review.");
    }

    private static String lines(int n) {
        return n + " line" + (n == 1 ? "" : "s");
    }

    private static Response back(String message) {
        return Response.seeOther(UriBuilder.fromPath("/console/reviews").queryParam("message", message).build())
                .build();
    }
}
