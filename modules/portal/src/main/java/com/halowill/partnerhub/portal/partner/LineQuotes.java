package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Pricing;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.Quote;
import com.halowill.partnerhub.commitments.QuoteRequest;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.ShipTo;
import com.halowill.partnerhub.portal.web.Input;
import com.halowill.partnerhub.portal.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The order form's quote per line as the buyer types (htmx asks for it): what the promise engine would promise this
 * distributor now for the row's part, quantity and date, with the price; nothing is held.
 */
@RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
@Path("/portal/orders/quote")
@Produces(MediaType.TEXT_HTML)
public class LineQuotes {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quote(int row, String text, boolean problem);
    }

    private final SignedInDistributor company;
    private final Catalog catalog;
    private final Pricing pricing;
    private final Promises promises;
    private final Distributors distributors;
    private final Clock clock;

    LineQuotes(SignedInDistributor company, Catalog catalog, Pricing pricing, Promises promises,
            Distributors distributors, Clock clock) {
        this.company = company;
        this.catalog = catalog;
        this.pricing = pricing;
        this.promises = promises;
        this.distributors = distributors;
        this.clock = clock;
    }

    /** The quote for row {@code row} of the form, read from its fields {@code sku<row>}, {@code quantity<row>}, ... */
    @GET
    public TemplateInstance quote(@Context UriInfo uri) {
        MultivaluedMap<String, String> q = uri.getQueryParameters();
        String rowText = q.getFirst("row");
        if (rowText == null || !rowText.matches("\\d{1,3}")) {
            return Templates.quote(0, "", false);
        }
        int row = Integer.parseInt(rowText);
        String sku = Input.field(q, "sku" + row).toUpperCase(Locale.ROOT);
        String quantity = Input.field(q, "quantity" + row);
        if (sku.isEmpty() && quantity.isEmpty()) {
            return Templates.quote(row, "", false);
        }
        Distributor me = company.get();
        LocalDate today = LocalDate.now(clock);
        if (sku.isEmpty()) {
            return Templates.quote(row, "Enter a part number.", true);
        }
        Map<String, Product> found = sku.length() > 64 ? Map.of()
                : Sku.of(sku).map(s -> catalog.find(List.of(s))).orElse(Map.of());
        Integer units = quantity.matches("\\d{1,9}") ? Integer.valueOf(quantity) : null;
        Optional<String> problem = OrderableLine.problem(sku, units, found, today);
        if (problem.isPresent()) {
            String text = problem.get();
            return Templates.quote(row, Character.toUpperCase(text.charAt(0)) + text.substring(1), true);
        }
        Product p = found.get(sku);
        if (units == null || units < 1) {
            return Templates.quote(row, "Enter a whole quantity of at least " + p.moq() + ".", true);
        }
        LocalDate requested = today;
        String date = Input.field(q, "date" + row);
        if (!date.isEmpty()) {
            try {
                requested = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                return Templates.quote(row, "The requested date is not a date like 2027-01-15.", true);
            }
            if (requested.isBefore(today)) {
                return Templates.quote(row, "The requested date is in the past.", true);
            }
        }
        String warehouse = distributors.shipTos(me.id()).stream().filter(s -> s.code().equals(Input.field(q, "shipTo")))
                .map(ShipTo::defaultWarehouse).findFirst().orElse(null);
        Quote quote = promises.quote(new QuoteRequest(me.id(), p.sku(), units, requested, warehouse));
        Money price = pricing.priceFor(p.sku(), me.id(), me.tier(), today);
        return Templates.quote(row, schedule(quote, requested) + " · " + price.currency() + " " + price.amount()
                + " each" + (quote.fromLta() == null ? "" : " (" + quote.fromLta() + ")"), false);
    }

    /** "300 ship 2027-01-08, 200 more 2027-02-05", late parts and backorders said as such. */
    static String schedule(Quote quote, LocalDate requested) {
        List<String> parts = new ArrayList<>();
        int backordered = 0;
        for (ScheduleLine s : quote.schedule()) {
            if (s.backordered()) {
                backordered += s.quantity();
                continue;
            }
            String when = (parts.isEmpty() ? " ship " : " more ") + s.shipDate()
                    + (s.shipDate().isAfter(requested) ? " (later than asked)" : "");
            parts.add(s.quantity() + when);
        }
        if (backordered > 0) {
            parts.add(backordered + (parts.isEmpty() ? "" : " more") + " backordered, no date yet");
        }
        return parts.isEmpty() ? "Nothing can be promised now" : String.join(", ", parts);
    }
}
