package com.halowill.partnerhub.portal.console;

import com.halowill.partnerhub.catalog.BomLine;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Component;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.AllocationBoard;
import com.halowill.partnerhub.commitments.ProductBoard;
import com.halowill.partnerhub.inventory.CapacityPool;
import com.halowill.partnerhub.inventory.ChipPool;
import com.halowill.partnerhub.inventory.PoolSnapshot;
import com.halowill.partnerhub.inventory.SupplyPools;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The allocation board: one product (demand, held, confirmed, shipped, LTA quota and protected share, what is open
 * to others), or one pool family (a chip's component pools, or an assembly line's capacity) week by week,
 * supply against what is held, confirmed and shipped, what is left (chips carry forward), shortages highlighted;
 * a table, drawn as a chart by Chart.js where scripts run.
 */
@RolesAllowed({Roles.PLANNER, Roles.OPS_ADMIN})
@Path("/console/board")
@Produces(MediaType.TEXT_HTML)
public class BoardConsole {

    /** One week of the pool. {@code left} carries forward for chips; a negative {@code left} is a shortage. */
    public record Week(LocalDate week, int supply, int held, int confirmed, int shipped, int free, long left) {

        /** Whether the pool is short by the end of this week. */
        public boolean shortage() {
            return left < 0;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(PortalUser user, List<Product> products, List<Component> components,
                List<String> lines,
                String kind, String key, List<Week> weeks, String message);

        static native TemplateInstance product(PortalUser user, List<Product> products, Product product,
                ProductBoard board, List<BomLine> recipe);
    }

    private final PortalUser user;
    private final SupplyPools pools;
    private final Catalog catalog;
    private final AllocationBoard boards;

    BoardConsole(PortalUser user, SupplyPools pools, Catalog catalog, AllocationBoard boards) {
        this.user = user;
        this.pools = pools;
        this.catalog = catalog;
        this.boards = boards;
    }

    @GET
    public TemplateInstance board(@QueryParam("component") String component, @QueryParam("line") String line,
            @QueryParam("sku") String sku) {
        if (sku != null && !sku.isBlank()) {
            Optional<Product> product = catalog.find(new Sku(sku.strip()));
            if (product.isPresent()) {
                return Templates.product(user, catalog.search(ProductQuery.all()), product.get(),
                        boards.product(product.get().sku()),
                                catalog.billOfMaterials(product.get().sku()));
            }
        }
        PoolSnapshot all = pools.everything(false);
        List<Component> components = catalog.components();
        List<String> lines = new ArrayList<>(new TreeSet<>(all.capacity().stream().map(CapacityPool::line).toList()));
        String message = sku != null && !sku.isBlank() ? "There is no product '" + Input.echo(sku) + "'." : null;
        if (line != null && !line.isBlank()) {
            if (lines.contains(line.strip())) {
                return Templates.board(user, catalog.search(ProductQuery.all()), components, lines, "line",
                        line.strip(), capacity(all, line.strip()), null);
            }
            message = "There is no assembly line '" + Input.echo(line) + "'.";
        }
        String chosen = component == null || component.isBlank() ? null : component.strip();
        if (chosen != null && components.stream().noneMatch(c -> c.code().equals(chosen))) {
            message = "There is no component '" + Input.echo(chosen) + "'.";
        }
        String shown = chosen != null && message == null ? chosen : components.stream()
                .sorted(Comparator.comparing((Component c) -> !c.constrained()).thenComparing(Component::code))
                .map(Component::code).findFirst().orElse("");
        return Templates.board(user, catalog.search(ProductQuery.all()), components, lines, "component", shown,
                chips(all, shown), message);
    }

    private static List<Week> chips(PoolSnapshot all, String component) {
        List<Week> out = new ArrayList<>();
        long left = 0;
        for (ChipPool c : all.chips().stream().filter(c -> c.component().equals(component))
                .sorted(Comparator.comparing(ChipPool::week)).toList()) {
            int free = c.supply() - c.used();
            left += free;
            out.add(new Week(c.week(), c.supply(), c.held(), c.confirmed(), c.shipped(), free, left));
        }
        return out;
    }

    private static List<Week> capacity(PoolSnapshot all, String line) {
        return all.capacity().stream().filter(c -> c.line().equals(line)).sorted(Comparator.comparing(
                CapacityPool::week)).map(c -> new Week(c.week(), c.units(), c.held(), c.confirmed(), c.shipped(),
                        c.units() - c.used(), c.units() - c.used())).toList();
    }
}
