package com.halowill.partnerhub.portal.console;

import com.halowill.partnerhub.commitments.ReCommitCase;
import com.halowill.partnerhub.commitments.ReCommitPreview;
import com.halowill.partnerhub.commitments.ReCommits;
import com.halowill.partnerhub.inventory.PlanCell;
import com.halowill.partnerhub.inventory.PlanChange;
import com.halowill.partnerhub.inventory.PlanPreview;
import com.halowill.partnerhub.inventory.PlanRejected;
import com.halowill.partnerhub.inventory.PlanVersion;
import com.halowill.partnerhub.inventory.PoolKind;
import com.halowill.partnerhub.inventory.SupplyPlan;
import com.halowill.partnerhub.portal.web.PortalUser;
import com.halowill.partnerhub.portal.web.Roles;
import com.halowill.partnerhub.portal.web.SharedPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The supply plan (view, CSV import with preview and what it would move, versions) and re-commit cases. */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class SupplyConsole {

    /** Largest CSV accepted from the page (a 26-week plan of 100 components is about 100 KiB). */
    static final long MAX_CSV_BYTES = 2 * 1024 * 1024;

    /** One pool's row of the plan table: its key and the quantity in each week shown. */
    public record PlanRow(String kind, String key, List<Integer> quantities) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance supply(PortalUser user, List<LocalDate> weeks, List<PlanRow> rows,
                List<PlanVersion> versions, String message);

        static native TemplateInstance preview(PortalUser user, PlanPreview preview, ReCommitPreview impact,
                String csv, String note, List<String> problems);

        static native TemplateInstance recommit(PortalUser user, Optional<ReCommitCase> open, ReCommitPreview preview,
                List<ReCommitCase> cases, String message);

        static native TemplateInstance version(PortalUser user, PlanVersion version, List<PlanChange> changes);
    }

    private final PortalUser user;
    private final SupplyPlan plan;
    private final ReCommits reCommits;
    private final Clock clock;

    SupplyConsole(PortalUser user, SupplyPlan plan, ReCommits reCommits, Clock clock) {
        this.clock = clock;
        this.user = user;
        this.plan = plan;
        this.reCommits = reCommits;
    }

    @GET
    @Path("/supply")
    public TemplateInstance supply(@QueryParam("message") String message) {
        TreeSet<LocalDate> weeks = new TreeSet<>();
        Map<String, Map<LocalDate, Integer>> table = new TreeMap<>();
        for (PoolKind kind : List.of(PoolKind.CHIPS, PoolKind.CAPACITY)) {
            for (PlanCell c : plan.current(kind)) {
                weeks.add(c.week());
                table.computeIfAbsent(kind.name() + "|" + c.key(), k -> new TreeMap<>()).put(c.week(), c.quantity());
            }
        }
        List<LocalDate> shown = weeks.stream().filter(w -> !w.isBefore(LocalDate.now(clock).minusWeeks(1))).limit(13)
                .toList();
        List<PlanRow> rows = new ArrayList<>();
        table.forEach((k, byWeek) -> rows.add(new PlanRow(k.startsWith("CHIPS") ? "component" : "line capacity",
                k.substring(k.indexOf('|') + 1), shown.stream().map(w -> byWeek.getOrDefault(w, 0)).toList())));
        return Templates.supply(user, shown, rows, plan.versions(20), message);
    }

    @GET
    @Path("/supply/versions/{id}")
    public Response version(@jakarta.ws.rs.PathParam("id") String id) {
        Optional<PlanVersion> v;
        try {
            long n = Long.parseLong(id);
            v = plan.versions(Integer.MAX_VALUE).stream().filter(x -> x.id() == n).findFirst();
        } catch (NumberFormatException e) {
            v = Optional.empty();
        }
        if (v.isEmpty()) {
            return Response.status(404).entity(SharedPages.Templates.notFound(user, "supply plan version " + id))
                    .build();
        }
        return Response.ok(Templates.version(user, v.get(), plan.changes(v.get().id()))).build();
    }

    @POST
    @Path("/supply/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response preview(@RestForm("csv") String pasted, @RestForm("file") FileUpload file,
            @RestForm("note") String note) {
        String csv;
        try {
            csv = read(pasted, file);
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(Templates.preview(user, null, null, "", note, List.of(e.getMessage())))
                    .build();
        }
        PlanPreview preview = plan.preview(csv);
        ReCommitPreview impact = preview.valid() && !preview.changes().isEmpty()
                ? reCommits.simulate(preview.changes()) : null;
        return Response.status(preview.valid() ? 200 : 400)
                .entity(Templates.preview(user, preview, impact, csv, note == null ? "" : note, List.of())).build();
    }

    @POST
    @Path("/supply/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@RestForm("csv") String csv, @RestForm("note") String note) {
        try {
            PlanVersion v = plan.importCsv(csv, user.username(), note);
            Optional<ReCommitCase> open = reCommits.openCase();
            if (open.isPresent()) {
                return Response.seeOther(UriBuilder.fromPath("/console/recommit").queryParam("message",
                        "Supply plan version " + v.id() + " is in force (" + v.changes() + " cell(s) changed). "
                                + "Review the re-commit it needs.").build()).build();
            }
            return Response.seeOther(UriBuilder.fromPath("/console/supply").queryParam("message",
                    "Supply plan version " + v.id() + " is in force (" + v.changes() + " cell(s) changed); every "
                            + "commitment is still covered.").build()).build();
        } catch (PlanRejected e) {
            return Response.status(400).entity(Templates.preview(user, plan.preview(csv), null, csv,
                    note == null ? "" : note, List.of("Nothing was changed: " + e.getMessage()))).build();
        }
    }

    @GET
    @Path("/recommit")
    public TemplateInstance recommit(@QueryParam("message") String message) {
        return Templates.recommit(user, reCommits.openCase(), reCommits.preview(), reCommits.cases(10), message);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/recommit/{id}/approve")
    public Response approve(@jakarta.ws.rs.PathParam("id") long id) {
        String message;
        try {
            ReCommitCase c = reCommits.approve(id, user.username());
            message = "Re-commit applied: " + c.outcome();
        } catch (NoSuchElementException e) {
            message = "That case is no longer open (someone may have approved it already).";
        }
        return Response.seeOther(UriBuilder.fromPath("/console/recommit").queryParam("message", message).build())
                .build();
    }

    private static String read(String pasted, FileUpload file) {
        if (file != null && file.size() > 0) {
            if (file.size() > MAX_CSV_BYTES) {
                throw new IllegalArgumentException("The file is " + file.size() / 1024 + " KiB; at most "
                        + MAX_CSV_BYTES / 1024 + " KiB.");
            }
            try {
                return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("The file could not be read as UTF-8 text.");
            }
        }
        if (pasted == null || pasted.isBlank()) {
            throw new IllegalArgumentException("Choose a CSV file or paste the plan.");
        }
        if (pasted.length() > MAX_CSV_BYTES) {
            throw new IllegalArgumentException("The pasted plan is too long; upload it as a file.");
        }
        return pasted;
    }
}
