package com.halowill.partnerhub.api.availability;

import com.halowill.partnerhub.api.http.QueryParameters;
import com.halowill.partnerhub.api.security.Caller;
import com.halowill.partnerhub.api.security.Roles;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.Quote;
import com.halowill.partnerhub.commitments.QuoteRequest;
import com.halowill.partnerhub.commitments.ScheduleLine;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.ShipTo;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Non-binding availability quotes, answered by the same engine that proposes order commitments. */
@Path("/api/v1/availability")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
@Tag(name = "Catalog")
public class AvailabilityResource {

    /** How long a quote is meant to hold: supply moves as others order, so not long. */
    static final Duration QUOTE_VALIDITY = Duration.ofMinutes(15);

    private final Promises promises;
    private final Catalog catalog;
    private final Distributors distributors;
    private final Caller caller;
    private final Clock clock;

    AvailabilityResource(Promises promises, Catalog catalog, Distributors distributors, Caller caller, Clock clock) {
        this.promises = promises;
        this.catalog = catalog;
        this.distributors = distributors;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "When could this quantity ship? e.g. ?sku=HW-OSFP-800G-DR8&quantity=500&shipTo=NWOS-ASH")
    public AvailabilityQuote quote(@QueryParam("sku") String sku, @QueryParam("quantity") String quantity,
            @QueryParam("shipTo") String shipTo, @QueryParam("requestedDate") String requestedDate) {
        DistributorCode distributor = caller.company();
        QueryParameters params = new QueryParameters();
        if (sku == null || Sku.of(sku).flatMap(catalog::find).isEmpty()) {
            params.reject("sku", sku == null ? "is required" : "unknown SKU '" + sku + "'");
        }
        Integer qty = params.integer("quantity", quantity, "must be a whole number of at least 1");
        if (quantity == null || qty != null && qty < 1) {
            params.reject("quantity", "is required and must be a whole number of at least 1");
        }
        List<ShipTo> shipTos = distributors.shipTos(distributor);
        ShipTo to = shipTo == null ? shipTos.stream().findFirst().orElse(null)
                : shipTos.stream().filter(s -> s.code().equals(shipTo)).findFirst().orElse(null);
        if (shipTo != null && to == null) {
            params.reject("shipTo", "'" + shipTo + "' is not one of your ship-to addresses");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate requested = params.date("requestedDate", requestedDate, today);
        if (requested != null && requested.isBefore(today)) {
            params.reject("requestedDate", "is in the past");
        } else if (requested != null && requested.isAfter(today.plusYears(5))) {
            params.reject("requestedDate", "is more than 5 years ahead");
        }
        params.validate();
        Quote q = promises.quote(new QuoteRequest(distributor, new Sku(sku), qty, requested,
                to == null ? null : to.defaultWarehouse()));
        List<AvailabilityQuote.ScheduleLine> schedule = q.schedule().stream().filter(s -> !s.backordered())
                .map(s -> new AvailabilityQuote.ScheduleLine(s.quantity(), s.shipDate(), s.deliveryDate(),
                        s.fromLta())).toList();
        int backordered = q.schedule().stream().filter(ScheduleLine::backordered).mapToInt(ScheduleLine::quantity)
                .sum();
        return new AvailabilityQuote(sku, qty, requested, schedule, backordered, q.fromLta(),
                Instant.now(clock).plus(QUOTE_VALIDITY).truncatedTo(ChronoUnit.SECONDS), q.summary(),
                q.explanation().subList(1, q.explanation().size()));
    }
}
