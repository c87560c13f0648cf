package com.halowill.partnerhub.api.orders;

import com.halowill.partnerhub.api.security.Caller;
import com.halowill.partnerhub.api.security.Roles;
import com.halowill.partnerhub.orders.PlanningSchedules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's planning schedules (X12 830s) as Partner Hub keeps them, newest first. */
@Path("/api/v1/planning-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning schedules")
public class PlanningScheduleResource {

    private static final int KEPT_SHOWN = 20;

    private final PlanningSchedules schedules;
    private final Caller caller;

    PlanningScheduleResource(PlanningSchedules schedules, Caller caller) {
        this.schedules = schedules;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
    @Operation(summary = "The planning schedules (X12 830) Partner Hub received from the caller, newest first (up to"
            + " 20): reference, horizon, and per product each forecast quantity, firm or for planning, with its"
            + " period. Kept as received; promises are made against orders only.")
    public List<PlanningScheduleBody> list() {
        return schedules.of(caller.company(), KEPT_SHOWN).stream().map(PlanningScheduleBody::of).toList();
    }
}
