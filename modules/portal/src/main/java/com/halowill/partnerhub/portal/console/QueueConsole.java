package com.halowill.partnerhub.portal.console;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Commitment;
import com.halowill.partnerhub.commitments.OpsDecision;
import com.halowill.partnerhub.commitments.OverrideRefused;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ProposalFilter;
import com.halowill.partnerhub.commitments.ReasonCode;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.OrderQuery;
import com.halowill.partnerhub.orders.OrderReviews;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PriceDecision;
import com.halowill.partnerhub.orders.PriceDecisionNeeded;
import com.halowill.partnerhub.orders.PriceReviews;
import com.halowill.partnerhub.orders.PricedLine;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.portal.web.DateHistoryRow;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The ops console's commitment queue: proposals with the engine's explanation, price and flags, filtered by
 * distributor and product; confirm (a line sent at another price than the contract's only with a price decision),
 * bulk confirm, change, reject.
 */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class QueueConsole {

    static final int PAGE = 50;

    /** A proposal with its order line's price (null when the demand is not an order line). */
    public record Row(Commitment proposal, PricedLine price) {

        /** Whether ops must decide the price before confirming. */
        public boolean priceToDecide() {
            return price != null && price.priceMismatch();
        }
    }

    /** The distributor and product the queue is narrowed to (null: all). */
    public record Filter(String distributor, String sku) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(PortalUser user, List<Row> proposals, String next,
                List<PurchaseOrder> recent, List<ReasonCode> reasons, List<Distributor> distributors,
                List<Product> products, Filter filter, String message, int onReview);
    }

    private final PortalUser user;
    private final Promises promises;
    private final Orders orders;
    private final PriceReviews prices;
    private final Distributors distributors;
    private final Catalog catalog;
    private final OrderReviews reviews;

    QueueConsole(PortalUser user, Promises promises, Orders orders, PriceReviews prices, Distributors distributors,
            Catalog catalog, OrderReviews reviews) {
        this.reviews = reviews;
        this.user = user;
        this.promises = promises;
        this.orders = orders;
        this.prices = prices;
        this.distributors = distributors;
        this.catalog = catalog;
    }

    @GET
    public TemplateInstance queue(@QueryParam("message") String message, @QueryParam("after") String after,
            @QueryParam("distributor") String distributor, @QueryParam("sku") String sku) {
        Filter chosen = new Filter(blank(distributor) ? null : distributor.strip(), blank(sku) ? null : sku.strip());
        ProposalFilter filter = new ProposalFilter(DistributorCode.of(chosen.distributor()).orElse(null),
                Sku.of(chosen.sku()).orElse(null), null, null);
        if (after != null && after.contains("_")) {
            try {
                String[] parts = after.split("_", 2);
                filter = new ProposalFilter(DistributorCode.of(chosen.distributor()).orElse(null),
                        Sku.of(chosen.sku()).orElse(null), Instant.parse(parts[0]),
                        UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                // a stale or edited link starts the queue from the beginning
            }
        }
        List<Commitment> page = promises.proposals(filter, PAGE + 1);
        String next = null;
        if (page.size() > PAGE) {
            page = page.subList(0, PAGE);
            Commitment last = page.get(PAGE - 1);
            next = UriBuilder.fromPath("/console").queryParam("after", last.receivedAt() + "_" + last.id())
                    .queryParam("distributor", chosen.distributor() == null ? "" : chosen.distributor())
                    .queryParam("sku", chosen.sku() == null ? "" : chosen.sku()).build().toString();
        }
        Map<String, PricedLine> priced = new HashMap<>();
        prices.lines(page.stream().map(c -> c.demandRef()).toList())
                .forEach(l -> priced.put(l.demandRef().value(), l));
        List<Row> rows = page.stream().map(c -> new Row(c, priced.get(c.demandRef().value()))).toList();
        List<PurchaseOrder> recent = orders.list(new OrderQuery(null, null, null, null, 20, null)).items();
        List<ReasonCode> reasons = Arrays.stream(ReasonCode.values()).filter(ReasonCode::opsChoice).toList();
        return Templates.queue(user, rows, next, recent, reasons, distributors.all(),
                catalog.search(ProductQuery.all()), chosen, message, reviews.waitingLines());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/commitments/{id}/confirm")
    public Response confirm(@PathParam("id") String id, @RestForm("price") String price) {
        Optional<UUID> uuid = Input.uuid(id);
        if (uuid.isEmpty()) {
            return backToQueue("No such proposal.");
        }
        try {
            Commitment c = prices.confirm(uuid.get(), decision(price), user.username());
            return backToQueue("Confirmed " + c.quantity() + " x " + c.sku() + " for " + c.distributor() + ": "
                    + DateHistoryRow.text(c.schedule()) + ".");
        } catch (PriceDecisionNeeded e) {
            return backToQueue(e.getMessage() + ", then confirm.");
        } catch (NoSuchElementException e) {
            return backToQueue("No such proposal.");
        } catch (OverrideRefused e) {
            return backToQueue(e.getMessage());
        }
    }

    @POST
    @Path("/commitments/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmSelected(MultivaluedMap<String, String> form) {
        List<UUID> ids = form.getOrDefault("id", List.of()).stream().map(Input::uuid)
                .flatMap(Optional::stream).toList();
        if (ids.isEmpty()) {
            return backToQueue("Select the proposals to confirm first.");
        }
        try {
            List<Commitment> done = prices.confirmAll(ids, user.username());
            return backToQueue("Confirmed " + done.size() + " proposal" + (done.size() == 1 ? "" : "s") + ".");
        } catch (PriceDecisionNeeded e) {
            return backToQueue("Nothing was confirmed: PO " + e.line().poNumber() + " line " + e.line().lineNumber()
                    + " has a price to decide; confirm it on its own.");
        } catch (NoSuchElementException | OverrideRefused e) {
            return backToQueue("Nothing was confirmed: " + e.getMessage());
        }
    }

    @POST
    @Path("/commitments/{id}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Optional<UUID> uuid = Input.uuid(id);
        ReasonCode reason = reason(form.getFirst("reason"));
        if (uuid.isEmpty() || reason == null) {
            return backToQueue("Choose a reason for the change.");
        }
        try {
            LocalDate shipBy = blank(form.getFirst("shipBy")) ? null : LocalDate.parse(form.getFirst("shipBy").trim());
            Integer quantity = blank(form.getFirst("quantity")) ? null
                    : Integer.valueOf(form.getFirst("quantity").trim());
            OpsDecision.SourceChoice source = blank(form.getFirst("source")) ? null
                    : OpsDecision.SourceChoice.valueOf(form.getFirst("source"));
            if ("reject".equals(form.getFirst("action"))) {
                Commitment c = promises.reject(uuid.get(), reason, form.getFirst("note"), user.username());
                return backToQueue("Rejected " + c.quantity() + " x " + c.sku() + " for " + c.distributor()
                        + "; its supply is free again.");
            }
            Commitment c = promises.override(uuid.get(), new OpsDecision(shipBy, quantity, source, reason,
                    form.getFirst("note")), user.username());
            return backToQueue("Changed " + c.sku() + " for " + c.distributor() + ": " + DateHistoryRow.text(
                    c.schedule()) + ".");
        } catch (DateTimeParseException e) {
            return backToQueue("The ship-by date must be a date such as 2027-01-15.");
        } catch (NumberFormatException e) {
            return backToQueue("The quantity must be a whole number.");
        } catch (IllegalArgumentException e) {
            return backToQueue("Choose stock or build as the source, or leave it open.");
        } catch (OverrideRefused e) {
            return backToQueue(e.getMessage());
        } catch (NoSuchElementException e) {
            return backToQueue("No such proposal.");
        }
    }

    private static PriceDecision decision(String name) {
        try {
            return name == null ? null : PriceDecision.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ReasonCode reason(String name) {
        try {
            ReasonCode r = ReasonCode.valueOf(name);
            return r.opsChoice() ? r : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Response backToQueue(String message) {
        return Response.seeOther(UriBuilder.fromPath("/console").queryParam("message", message).build()).build();
    }
}
