package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Pricing;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.Quote;
import com.halowill.partnerhub.commitments.QuoteRequest;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.portal.web.Input;
import com.halowill.partnerhub.portal.web.PortalUser;
import com.halowill.partnerhub.portal.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The catalog: products filtered and searched, each with the caller's price and live availability; compare two or three. */
@RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
@Path("/portal/catalog")
@Produces(MediaType.TEXT_HTML)
public class CatalogPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(PortalUser user, Distributor distributor, List<CatalogRow> rows,
                Map<String, CatalogRow> successors, CatalogFilter filter, CatalogFilter.Options options);

        static native TemplateInstance compare(PortalUser user, Distributor distributor, List<CatalogRow> rows,
                Map<String, CatalogRow> successors, String message);
    }

    private final PortalUser user;
    private final Catalog catalog;
    private final Pricing pricing;
    private final Promises promises;
    private final SignedInDistributor company;
    private final Clock clock;

    CatalogPages(PortalUser user, SignedInDistributor company, Catalog catalog, Pricing pricing, Promises promises,
            Clock clock) {
        this.user = user;
        this.catalog = catalog;
        this.pricing = pricing;
        this.promises = promises;
        this.company = company;
        this.clock = clock;
    }

    @GET
    public TemplateInstance catalog(@QueryParam("rate") String rate, @QueryParam("formFactor") String formFactor,
            @QueryParam("interface") String opticalInterface, @QueryParam("reach") String reach,
            @QueryParam("lifecycle") String lifecycle, @QueryParam("q") String text) {
        Distributor me = company.get();
        List<Product> all = catalog.search(ProductQuery.all());
        CatalogFilter filter = CatalogFilter.of(rate, formFactor, opticalInterface, reach, lifecycle, text);
        List<Product> shown = all.stream().filter(filter::matches).toList();
        Map<String, CatalogRow> rows = rows(me, shown, all);
        return Templates.catalog(user, me, shown.stream().map(p -> rows.get(p.sku().value())).toList(), rows, filter,
                CatalogFilter.Options.of(all));
    }

    @GET
    @Path("/compare")
    public TemplateInstance compare(@QueryParam("sku") List<String> skus) {
        Distributor me = company.get();
        Set<String> asked = new LinkedHashSet<>();
        if (skus != null) {
            skus.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(asked::add);
        }
        List<Product> all = catalog.search(ProductQuery.all());
        Map<String, Product> bySku = new LinkedHashMap<>();
        all.forEach(p -> bySku.put(p.sku().value(), p));
        List<String> unknown = asked.stream().filter(s -> !bySku.containsKey(s)).limit(3).toList();
        List<Product> chosen = asked.stream().filter(bySku::containsKey).map(bySku::get).toList();
        String message = null;
        if (!unknown.isEmpty()) {
            message = "No product " + String.join(", ", unknown.stream().map(Input::echo).toList()) + ".";
        } else if (chosen.size() < 2 || chosen.size() > 3) {
            message = "Choose two or three products to compare (" + chosen.size() + " chosen).";
        }
        if (message != null) {
            return Templates.compare(user, me, List.of(), Map.of(), message);
        }
        Map<String, CatalogRow> rows = rows(me, chosen, all);
        return Templates.compare(user, me, chosen.stream().map(p -> rows.get(p.sku().value())).toList(), rows, null);
    }

    /**
     * Rows for the products shown and, where one is at the end of its life or has nothing to offer, its successor
     * (offered right there with its own availability): one reading of supply for all of them.
     */
    private Map<String, CatalogRow> rows(Distributor me, List<Product> shown, List<Product> all) {
        Map<String, Product> bySku = new LinkedHashMap<>();
        all.forEach(p -> bySku.put(p.sku().value(), p));
        List<Product> wanted = new ArrayList<>(shown);
        for (Product p : shown) {
            Product successor = p.successorSku() == null ? null : bySku.get(p.successorSku());
            if (successor != null && !wanted.contains(successor)) {
                wanted.add(successor);
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<Quote> quotes = promises.quotes(wanted.stream().map(p -> new QuoteRequest(me.id(), p.sku(),
                CatalogRow.EVERYTHING, today, null)).toList());
        Map<String, Money> prices = pricing.pricesFor(wanted, me.id(), me.tier(), today);
        Map<String, CatalogRow> rows = new LinkedHashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            Product p = wanted.get(i);
            rows.put(p.sku().value(), CatalogRow.of(p, prices.get(p.sku().value()), quotes.get(i), today));
        }
        return rows;
    }
}
