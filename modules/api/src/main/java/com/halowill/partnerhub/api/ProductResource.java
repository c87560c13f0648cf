package com.halowill.partnerhub.api;

import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Pricing;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.OrderRejected;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalog with the caller's price (contract or tier), MOQ, order multiple, lead time and lifecycle. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
@Tag(name = "Catalog")
public class ProductResource {

    private final Catalog catalog;
    private final Pricing pricing;
    private final Distributors distributors;
    private final Caller caller;

    ProductResource(Catalog catalog, Pricing pricing, Distributors distributors, Caller caller) {
        this.catalog = catalog;
        this.pricing = pricing;
        this.distributors = distributors;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Search the catalog, e.g. ?dataRate=800&formFactor=OSFP&lifecycle=ACTIVE")
    public Page<ProductBody> search(@QueryParam("dataRate") String dataRate,
            @QueryParam("formFactor") String formFactor, @QueryParam("lifecycle") String lifecycle) {
        List<FieldError> errors = new ArrayList<>();
        Integer rate = null;
        if (dataRate != null) {
            try {
                rate = Integer.valueOf(dataRate);
            } catch (NumberFormatException e) {
                errors.add(new FieldError("dataRate", "must be a number of Gb/s such as 800"));
            }
        }
        Lifecycle stage = null;
        if (lifecycle != null) {
            try {
                stage = Lifecycle.valueOf(lifecycle);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("lifecycle", "must be one of PREVIEW, ACTIVE, NRND, EOL"));
            }
        }
        if (!errors.isEmpty()) {
            throw new OrderRejected(errors);
        }
        Distributor me = me();
        List<ProductBody> items = catalog.search(new ProductQuery(rate, formFactor, stage)).stream()
                .map(p -> body(p, me)).toList();
        return new Page<>(items, null);
    }

    @GET
    @Path("/{sku}")
    @Operation(summary = "One product")
    public ProductBody get(@PathParam("sku") String sku) {
        Distributor me = me();
        return catalog.find(sku).map(p -> body(p, me))
                .orElseThrow(() -> new NotFoundException("No product " + sku + "."));
    }

    private Distributor me() {
        String code = caller.distributor();
        return distributors.find(code).orElseThrow(() -> new NotFoundException("Unknown distributor " + code + "."));
    }

    private ProductBody body(Product p, Distributor d) {
        return ProductBody.of(p, pricing.priceFor(p.sku(), d.code(), d.tier(), LocalDate.now()));
    }
}
