package com.halowill.partnerhub.api.catalog;

import com.halowill.partnerhub.api.http.Page;
import com.halowill.partnerhub.api.http.QueryParameters;
import com.halowill.partnerhub.api.security.Caller;
import com.halowill.partnerhub.api.security.Roles;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Pricing;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    private final Clock clock;

    ProductResource(Catalog catalog, Pricing pricing, Distributors distributors, Caller caller, Clock clock) {
        this.clock = clock;
        this.catalog = catalog;
        this.pricing = pricing;
        this.distributors = distributors;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Search the catalog, e.g. ?dataRate=800&formFactor=OSFP&lifecycle=ACTIVE")
    public Page<ProductBody> search(@QueryParam("dataRate") String dataRate,
            @QueryParam("formFactor") String formFactor, @QueryParam("lifecycle") String lifecycle) {
        QueryParameters params = new QueryParameters();
        Integer rate = params.integer("dataRate", dataRate, "must be a number of Gb/s such as 800");
        Lifecycle stage = params.oneOf(Lifecycle.class, "lifecycle", lifecycle);
        params.validate();
        return new Page<>(bodies(catalog.search(new ProductQuery(rate, formFactor, stage))), null);
    }

    @GET
    @Path("/{sku}")
    @Operation(summary = "One product")
    public ProductBody get(@PathParam("sku") String sku) {
        Product product = Sku.of(sku).flatMap(catalog::find)
                .orElseThrow(() -> new NotFoundException("No product " + sku + "."));
        return bodies(List.of(product)).get(0);
    }

    private Distributor me() {
        DistributorCode code = caller.company();
        return distributors.find(code)
                .orElseThrow(() -> new NotFoundException("Unknown distributor " + code + "."));
    }

    /** The products with the caller's prices, priced in one batch. */
    private List<ProductBody> bodies(List<Product> products) {
        Distributor me = me();
        Map<String, Money> prices = pricing.pricesFor(products, me.id(), me.tier(), LocalDate.now(clock));
        return products.stream().map(p -> ProductBody.of(p, prices.get(p.sku().value()))).toList();
    }
}
