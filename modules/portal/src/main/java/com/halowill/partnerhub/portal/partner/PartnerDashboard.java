package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.commitments.Allocations;
import com.halowill.partnerhub.commitments.CommitmentAtRisk;
import com.halowill.partnerhub.commitments.DemandRef;
import com.halowill.partnerhub.commitments.DistributorOutlook;
import com.halowill.partnerhub.commitments.HistoryEntry;
import com.halowill.partnerhub.commitments.LtaStatus;
import com.halowill.partnerhub.commitments.Promises;
import com.halowill.partnerhub.commitments.ShipmentDue;
import com.halowill.partnerhub.orders.BusinessSummary;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.LineRef;
import com.halowill.partnerhub.orders.OpenBusiness;
import com.halowill.partnerhub.portal.web.DateHistoryRow;
import com.halowill.partnerhub.portal.web.PortalUser;
import com.halowill.partnerhub.portal.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partner's start page: open orders, lines committed late or backordered, the next shipments, LTA consumption
 * (with a chart) and the dates HaloWill moved lately, each linked to its order.
 */
@RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
public class PartnerDashboard {

    /** Rows per list on the page. */
    static final int ROWS = 10;
    /** How far back notices go. */
    static final Duration NOTICES = Duration.ofDays(30);

    /** A shipment due, with the order line it is for (null when the line is not found). */
    public record Due(ShipmentDue due, LineRef line) {
    }

    /** A commitment at risk, with the order line it is for (null when the line is not found). */
    public record AtRisk(CommitmentAtRisk commitment, LineRef line) {
    }

    /** A moved date: the line, when and why, the schedule before and the schedule now. */
    public record Notice(LineRef line, HistoryEntry change, String before, String now) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(PortalUser user, Distributor distributor, BusinessSummary summary,
                int atRiskCount, List<AtRisk> atRisk, List<Due> shipments, List<LtaStatus> ltas, List<Notice> notices);
    }

    private final PortalUser user;
    private final SignedInDistributor company;
    private final OpenBusiness business;
    private final DistributorOutlook outlook;
    private final Allocations allocations;
    private final Promises promises;
    private final Clock clock;

    PartnerDashboard(PortalUser user, SignedInDistributor company, OpenBusiness business, DistributorOutlook outlook,
            Allocations allocations, Promises promises, Clock clock) {
        this.user = user;
        this.company = company;
        this.business = business;
        this.outlook = outlook;
        this.allocations = allocations;
        this.promises = promises;
        this.clock = clock;
    }

    @GET
    public TemplateInstance dashboard() {
        Distributor me = company.get();
        List<CommitmentAtRisk> risky = outlook.atRisk(me.id(), ROWS);
        List<ShipmentDue> due = outlook.nextShipments(me.id(), LocalDate.now(clock), ROWS);
        List<HistoryEntry> changes = outlook.notices(me.id(), clock.instant().minus(NOTICES), ROWS);
        Set<String> refs = new LinkedHashSet<>();
        risky.forEach(r -> refs.add(r.demandRef().value()));
        due.forEach(d -> refs.add(d.demandRef().value()));
        changes.forEach(c -> refs.add(c.demandRef().value()));
        Map<String, LineRef> lines = new HashMap<>();
        business.lines(me.id(), DemandRef.all(refs)).forEach(l -> lines.put(l.demandRef().value(), l));
        List<Due> shipments = due.stream().map(d -> new Due(d, lines.get(d.demandRef().value()))).toList();
        List<AtRisk> atRisk = risky.stream().map(r -> new AtRisk(r, lines.get(r.demandRef().value()))).toList();
        return Templates.dashboard(user, me, business.summary(me.id()), outlook.atRiskCount(me.id()), atRisk,
                shipments, allocations.ltas(me.id()), notices(changes, lines));
    }

    /** Each change with the schedule its line had just before it (from the line's full history). */
    private List<Notice> notices(List<HistoryEntry> changes, Map<String, LineRef> lines) {
        List<HistoryEntry> history = promises.history(changes.stream()
                .map(HistoryEntry::demandRef).distinct().toList());
        List<Notice> out = new ArrayList<>();
        for (HistoryEntry c : changes) {
            LineRef line = lines.get(c.demandRef().value());
            if (line == null) {
                continue;
            }
            String before = "nothing";
            for (HistoryEntry h : history) {
                if (h.commitmentId().equals(c.commitmentId()) && h.at().isBefore(c.at())) {
                    before = DateHistoryRow.text(h.schedule());
                }
            }
            out.add(new Notice(line, c, before, DateHistoryRow.text(c.schedule())));
        }
        return out;
    }
}
