package com.halowill.partnerhub.portal.console;

import com.halowill.partnerhub.catalog.CatalogAdministration;
import com.halowill.partnerhub.commitments.Allocations;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The console's distributors: commercial terms (tier, payment terms, incoterm, credit limit), ERP client and
 * fair-share weight. Planners read them; ops admins change them.
 */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console/distributors")
@Produces(MediaType.TEXT_HTML)
public class DistributorConsole {

    /** Payment terms and incoterms the contract knows. */
    static final List<String> PAYMENT_TERMS = List.of("NET15", "NET30", "NET45", "NET60", "NET90", "PREPAID");
    static final List<String> INCOTERMS = List.of("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance distributors(PortalUser user, List<Distributor> distributors,
                Map<String, Integer> weights, List<String> tiers, List<String> paymentTerms, List<String> incoterms,
                boolean canEdit, String message);
    }

    private final PortalUser user;
    private final Distributors distributors;
    private final Allocations allocations;
    private final CatalogAdministration catalog;

    DistributorConsole(PortalUser user, Distributors distributors, Allocations allocations,
            CatalogAdministration catalog) {
        this.user = user;
        this.distributors = distributors;
        this.allocations = allocations;
        this.catalog = catalog;
    }

    @GET
    public TemplateInstance list(@QueryParam("message") String message) {
        return Templates.distributors(user, distributors.all(), allocations.weights(),
                new ArrayList<>(catalog.tierDiscounts().keySet()), PAYMENT_TERMS, INCOTERMS, user.isOpsAdmin(),
                message);
    }

    @POST
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_ADMIN)
    public Response save(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        Optional<Distributor> found = Input.distributor(code).flatMap(distributors::find);
        if (found.isEmpty()) {
            return back("There is no distributor '" + Input.echo(code) + "'.");
        }
        Distributor d = found.get();
        String tier = Input.field(form, "tier");
        String terms = Input.field(form, "paymentTerms");
        String incoterm = Input.field(form, "incoterm");
        List<String> problems = new ArrayList<>();
        Set<String> tiers = catalog.tierDiscounts().keySet();
        if (!tiers.contains(tier)) {
            problems.add("Tier: one of " + String.join(", ", tiers) + ".");
        }
        if (!PAYMENT_TERMS.contains(terms)) {
            problems.add("Payment terms: one of " + String.join(", ", PAYMENT_TERMS) + ".");
        }
        if (!INCOTERMS.contains(incoterm)) {
            problems.add("Incoterm: one of " + String.join(", ", INCOTERMS) + ".");
        }
        Optional<BigDecimal> credit = Input.amount(Input.field(form, "creditLimit"),
                new BigDecimal("1000000000000"));
        if (credit.isEmpty()) {
            problems.add("Credit limit: an amount such as 8000000.00, at most 2 decimals.");
        }
        int weight = 0;
        try {
            weight = Integer.parseInt(Input.field(form, "weight"));
        } catch (NumberFormatException e) {
            // named below
        }
        if (weight < 1 || weight > 100) {
            problems.add("Fair-share weight: a whole number from 1 to 100.");
        }
        if (!problems.isEmpty()) {
            return back(code + " was not changed. " + String.join(" ", problems));
        }
        distributors.save(new Distributor(d.code(), d.name(), tier, d.country(), d.currency(), terms, incoterm,
                credit.get(), d.erpClientId()));
        allocations.saveProfile(d.id(), tier, weight);
        return back(code + " saved: " + tier + ", " + terms + ", " + incoterm + ", fair-share weight " + weight + ".");
    }

    private static Response back(String message) {
        return Response.seeOther(UriBuilder.fromPath("/console/distributors").queryParam("message", message).build())
                .build();
    }
}
