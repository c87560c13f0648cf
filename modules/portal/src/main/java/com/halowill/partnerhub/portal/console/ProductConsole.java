package com.halowill.partnerhub.portal.console;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.CatalogAdministration;
import com.halowill.partnerhub.catalog.ContractPrice;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The console's products and prices: lifecycle with last-time-buy and successor, list price and ordering rules per
 * product, tier discounts, contract prices. Planners read it; ops admins change it.
 */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console/products")
@Produces(MediaType.TEXT_HTML)
public class ProductConsole {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance products(PortalUser user, List<Product> products, List<Lifecycle> lifecycles,
                Map<String, BigDecimal> tiers, List<ContractPrice> contracts, List<Distributor> distributors,
                boolean canEdit, String message);
    }

    private final PortalUser user;
    private final Catalog catalog;
    private final CatalogAdministration administration;
    private final Distributors distributors;

    ProductConsole(PortalUser user, Catalog catalog, CatalogAdministration administration,
            Distributors distributors) {
        this.user = user;
        this.catalog = catalog;
        this.administration = administration;
        this.distributors = distributors;
    }

    @GET
    public TemplateInstance products(@QueryParam("message") String message) {
        return Templates.products(user, catalog.search(ProductQuery.all()), List.of(Lifecycle.values()),
                administration.tierDiscounts(), administration.contractPrices(), distributors.all(), user.isOpsAdmin(),
                message);
    }

    @POST
    @Path("/{sku}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_ADMIN)
    public Response save(@PathParam("sku") String sku, MultivaluedMap<String, String> form) {
        Optional<Product> product = Input.sku(sku).flatMap(catalog::find);
        if (product.isEmpty()) {
            return back("There is no product '" + Input.echo(sku) + "'.");
        }
        Set<String> skus = catalog.search(ProductQuery.all()).stream()
                .map(p -> p.sku().value()).collect(Collectors.toSet());
        ProductEdit edit = ProductEdit.of(product.get(), form, skus);
        if (!edit.problems().isEmpty()) {
            return back(sku + " was not changed. " + String.join(" ", edit.problems()));
        }
        administration.saveProduct(edit.product());
        return back(sku + " saved: " + edit.product().lifecycle() + ", list price "
                + edit.product().listPrice().amount() + ".");
    }

    @POST
    @Path("/tiers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_ADMIN)
    public Response tier(MultivaluedMap<String, String> form) {
        String tier = Input.field(form, "tier");
        Optional<BigDecimal> percent = Input.amount(Input.field(form, "percent"), new BigDecimal("100"));
        if (!administration.tierDiscounts().containsKey(tier) || percent.isEmpty()) {
            return back("Tier " + Input.echo(tier) + " was not changed: a known tier and a discount from 0 to 99.99"
                    + " percent, such as 8.5.");
        }
        administration.saveTierDiscount(tier, percent.get());
        return back("Tier " + tier + " now gets " + percent.get() + "% off list price.");
    }

    @POST
    @Path("/contract-prices")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_ADMIN)
    public Response contract(MultivaluedMap<String, String> form) {
        String distributor = Input.field(form, "distributor");
        String sku = Input.field(form, "sku");
        String agreement = Input.field(form, "agreement");
        Optional<BigDecimal> price = Input.amount(Input.field(form, "price"), ProductEdit.MAX_PRICE);
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(Input.field(form, "from"));
            to = LocalDate.parse(Input.field(form, "to"));
        } catch (RuntimeException e) {
            return back("No contract price was saved: the dates look like 2027-01-15.");
        }
        Optional<Distributor> d = Input.distributor(distributor).flatMap(distributors::find);
        if (d.isEmpty() || Input.sku(sku).flatMap(catalog::find)
                .isEmpty() || agreement.isEmpty() || agreement.length() > 64
                || price.isEmpty() || to.isBefore(from)) {
            return back("No contract price was saved: choose a distributor and a product, name the agreement (at most"
                    + " 64 characters), an amount such as 629.00 below 10,000,000, and a period that ends on or after"
                    + " it starts.");
        }
        administration.saveContractPrice(new ContractPrice(new DistributorCode(distributor), new Sku(sku),
                new Money(price.get(), d.get().currency()), from, to, agreement));
        return back("Contract price saved: " + distributor + " pays " + price.get() + " for " + sku + " from " + from
                + " to " + to + ".");
    }

    private static Response back(String message) {
        return Response.seeOther(UriBuilder.fromPath("/console/products").queryParam("message", message).build())
                .build();
    }
}
