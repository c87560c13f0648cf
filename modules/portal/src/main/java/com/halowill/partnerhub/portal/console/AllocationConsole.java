package com.halowill.partnerhub.portal.console;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Component;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.AllocationCap;
import com.halowill.partnerhub.commitments.Allocations;
import com.halowill.partnerhub.commitments.BackorderProcessing;
import com.halowill.partnerhub.commitments.BackorderRun;
import com.halowill.partnerhub.commitments.DeliveryPerformance;
import com.halowill.partnerhub.commitments.DistributorFigures;
import com.halowill.partnerhub.commitments.Lta;
import com.halowill.partnerhub.commitments.LtaStatus;
import com.halowill.partnerhub.commitments.RunPreview;
import com.halowill.partnerhub.commitments.ShareRule;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Allocation in the console: backorder runs (simulate, apply), LTA ledgers and fences, caps, OTIF figures. */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class AllocationConsole {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance backorders(PortalUser user, List<Product> products, List<Component> components,
                BackorderRun run, RunPreview result, String message);

        static native TemplateInstance allocation(PortalUser user, List<LtaStatus> ltas, List<AllocationCap> caps,
                List<DistributorFigures> figures, List<Product> products, List<Distributor> distributors,
                String message);
    }

    private final PortalUser user;
    private final BackorderProcessing runs;
    private final Allocations allocations;
    private final DeliveryPerformance performance;
    private final Catalog catalog;
    private final Distributors distributors;

    AllocationConsole(PortalUser user, BackorderProcessing runs, Allocations allocations,
            DeliveryPerformance performance, Catalog catalog, Distributors distributors) {
        this.user = user;
        this.runs = runs;
        this.allocations = allocations;
        this.performance = performance;
        this.catalog = catalog;
        this.distributors = distributors;
    }

    @GET
    @Path("/backorders")
    public TemplateInstance backorders(@QueryParam("sku") String sku, @QueryParam("component") String component,
            @QueryParam("rule") String rule, @QueryParam("includeConfirmed") String include,
            @QueryParam("message") String message) {
        BackorderRun run = run(sku, component, rule, include);
        RunPreview result = rule == null ? null : runs.simulate(run);
        return Templates.backorders(user, catalog.search(ProductQuery.all()), catalog.components(), run, result,
                message);
    }

    @POST
    @Path("/backorders/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(MultivaluedMap<String, String> form) {
        BackorderRun run = run(form.getFirst("sku"), form.getFirst("component"), form.getFirst("rule"),
                form.getFirst("includeConfirmed"));
        if (run.rule() == null) {
            return Response.seeOther(UriBuilder.fromPath("/console/backorders").queryParam("message",
                    "Choose a rule, simulate, then apply.").build()).build();
        }
        RunPreview done = runs.apply(run, user.username());
        return Response.seeOther(UriBuilder.fromPath("/console/backorders").queryParam("message", "Backorder run "
                + "applied: " + done.moves().size() + " commitment(s) changed.").build()).build();
    }

    @GET
    @Path("/allocation")
    public TemplateInstance allocation(@QueryParam("message") String message) {
        return Templates.allocation(user, allocations.ltas(null), allocations.caps(), performance.figures(),
                catalog.search(ProductQuery.all()), distributors.all(), message);
    }

    @POST
    @Path("/ltas/{code}/fence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response fence(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        int weeks;
        try {
            weeks = Integer.parseInt(String.valueOf(form.getFirst("weeks")).trim());
        } catch (NumberFormatException e) {
            return back("The fence must be a whole number of weeks from 0 to 52.");
        }
        try {
            allocations.setFence(code, weeks);
            return back("The fence of " + code + " is now " + weeks + " week(s).");
        } catch (java.util.NoSuchElementException e) {
            return back("There is no LTA " + code + ".");
        } catch (IllegalArgumentException e) {
            return back("The fence must be a whole number of weeks from 0 to 52.");
        }
    }

    /** Creates an LTA or changes one (its period, volume, take-or-pay share, fence); ops admins only. */
    @POST
    @Path("/ltas")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OPS_ADMIN)
    public Response saveLta(MultivaluedMap<String, String> form) {
        String code = Input.field(form, "code").toUpperCase(Locale.ROOT);
        String distributor = Input.field(form, "distributor");
        String sku = Input.field(form, "sku");
        Lta lta;
        try {
            lta = new Lta(code, new DistributorCode(distributor), new Sku(sku), LocalDate.parse(Input.field(form,
                    "start")), LocalDate.parse(Input.field(form, "end")), Integer.parseInt(Input.field(form,
                            "committed")), Integer.parseInt(Input.field(form, "takeOrPay")),
                    Integer.parseInt(Input.field(form, "fence")));
        } catch (DateTimeParseException e) {
            return back("The LTA was not saved: its period needs a start and an end date such as 2027-01-04.");
        } catch (NumberFormatException e) {
            return back("The LTA was not saved: volume, take-or-pay share and fence are whole numbers.");
        } catch (IllegalArgumentException e) {
            return back("The LTA was not saved: choose a distributor and a product.");
        }
        if (!code.matches("[A-Z0-9][A-Z0-9-]{0,63}")) {
            return back("The LTA was not saved: its code is letters, digits and dashes (at most 64).");
        }
        if (Input.distributor(distributor).flatMap(distributors::find).isEmpty()
                || Input.sku(sku).flatMap(catalog::find).isEmpty()) {
            return back("The LTA was not saved: choose a distributor and a product.");
        }
        try {
            allocations.saveLta(lta);
        } catch (IllegalArgumentException e) {
            return back("The LTA was not saved: " + e.getMessage() + ".");
        }
        return back("LTA " + code + " saved: " + distributor + " commits to " + lta.committedQuantity() + " x " + sku
                + " from " + lta.periodStart() + " to " + lta.periodEnd() + "; its weekly quota is protected.");
    }

    @POST
    @Path("/caps")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cap(MultivaluedMap<String, String> form) {
        try {
            AllocationCap c = allocations.setCap(
                    Input.distributor(form.getFirst("distributor"))
                            .orElseThrow(() -> new IllegalArgumentException("choose a distributor")),
                    Input.sku(form.getFirst("sku")).orElseThrow(() -> new IllegalArgumentException("choose a product")),
                    LocalDate.parse(form.getFirst("start")), LocalDate.parse(form.getFirst("end")),
                    Integer.parseInt(form.getFirst("max").trim()), user.username());
            return back("Cap set: " + c.distributor() + " may be promised at most " + c.maxQuantity() + " x "
                    + c.sku() + " for " + c.periodStart() + " to " + c.periodEnd() + " (" + c.used()
                    + " already promised).");
        } catch (DateTimeParseException | NullPointerException e) {
            return back("A cap needs a start and an end date.");
        } catch (NumberFormatException e) {
            return back("The maximum must be a whole number.");
        } catch (IllegalArgumentException e) {
            return back("The cap was not set: " + e.getMessage() + ".");
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/caps/{id}/remove")
    public Response removeCap(@PathParam("id") long id) {
        allocations.removeCap(id);
        return back("Cap removed.");
    }

    private static BackorderRun run(String sku, String component, String rule, String include) {
        ShareRule r = null;
        try {
            r = rule == null || rule.isBlank() ? null : ShareRule.valueOf(rule);
        } catch (IllegalArgumentException e) {
            r = null;
        }
        return new BackorderRun(blank(sku) ? null : new Sku(sku), blank(component) ? null : component, r,
                "true".equals(include) || "on".equals(include));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Response back(String message) {
        return Response.seeOther(UriBuilder.fromPath("/console/allocation").queryParam("message", message).build())
                .build();
    }
}
