package com.halowill.partnerhub.portal.console;

import com.halowill.partnerhub.portal.web.Input;
import com.halowill.partnerhub.portal.web.PortalUser;
import com.halowill.partnerhub.portal.web.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateGlobal;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** The demo world's page in the console (demo mode only): the business day, the next supply change, the next day. */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console/demo")
@Produces(MediaType.TEXT_HTML)
public class DemoConsole {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance demo(PortalUser user, DemoControls.DemoState state, String message);
    }

    private final PortalUser user;
    private final Instance<DemoControls> controls;

    DemoConsole(PortalUser user, Instance<DemoControls> controls) {
        this.user = user;
        this.controls = controls;
    }

    /** Whether the console shows the demo's page in its navigation. */
    @TemplateGlobal
    static boolean demoWorld() {
        try (InstanceHandle<DemoControls> c = Arc.container().instance(DemoControls.class)) {
            return c.isAvailable() && c.get().state().isPresent();
        }
    }

    @GET
    public TemplateInstance demo(@QueryParam("message") String message) {
        return Templates.demo(user, active().state().orElseThrow(NotFoundException::new), message);
    }

    @POST
    @Path("/next-day")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response nextDay(@RestForm("from") String from) {
        Optional<LocalDate> day = Input.date(from);
        if (day.isEmpty()) {
            return back("Say which business day to move on from.");
        }
        return back(active().advanceDay(day.get(), user.username()));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response importChange(@RestForm("announcedOn") String announcedOn) {
        Optional<LocalDate> day = Input.date(announcedOn);
        if (day.isEmpty()) {
            return back("Say which announced supply change to import.");
        }
        return back(active().importNextChange(day.get(), user.username()));
    }

    private DemoControls active() {
        if (!controls.isResolvable() || controls.get().state().isEmpty()) {
            throw new NotFoundException();
        }
        return controls.get();
    }

    private static Response back(String message) {
        return Response.seeOther(UriBuilder.fromPath("/console/demo").queryParam("message", message).build())
                .build();
    }
}
