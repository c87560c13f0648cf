package com.halowill.partnerhub.app;

import com.halowill.partnerhub.catalog.BomLine;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.CatalogAdministration;
import com.halowill.partnerhub.catalog.Component;
import com.halowill.partnerhub.catalog.ContractPrice;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.commitments.Allocations;
import com.halowill.partnerhub.commitments.Lta;
import com.halowill.partnerhub.inventory.InventoryAdministration;
import com.halowill.partnerhub.inventory.SupplyPlan;
import com.halowill.partnerhub.inventory.Warehouse;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.ShipTo;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the seed world (products, supply, distributors, LTAs) into an empty database, through module APIs. */
@ApplicationScoped
public class DemoData {

    /**
     * The seed LTAs' fence: a week's undrawn quota is released to others a week before the week starts. The holders
     * call off two weeks ahead or more, so each call-off still finds its week protected (a two-week fence released
     * a week's quota on the very day a two-week call-off for it came in).
     */
    public static final int LTA_FENCE_WEEKS = 1;

    private final boolean enabled;
    private final Catalog catalog;
    private final CatalogAdministration catalogAdmin;
    private final InventoryAdministration inventoryAdmin;
    private final Distributors distributors;
    private final SupplyPlan plan;
    private final Allocations allocations;

    DemoData(@ConfigProperty(name = "partnerhub.demo-data.enabled") boolean enabled, Catalog catalog,
            CatalogAdministration catalogAdmin, InventoryAdministration inventoryAdmin, Distributors distributors,
            SupplyPlan plan, Allocations allocations) {
        this.enabled = enabled;
        this.catalog = catalog;
        this.catalogAdmin = catalogAdmin;
        this.inventoryAdmin = inventoryAdmin;
        this.distributors = distributors;
        this.plan = plan;
        this.allocations = allocations;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            QuarkusTransaction.requiringNew().run(this::loadIfEmpty);
        }
    }

    void loadIfEmpty() {
        if (!catalog.search(ProductQuery.all()).isEmpty()) {
            Log.info("Demo data: catalog already filled, nothing loaded");
            return;
        }
        read("components.csv").forEach(r -> catalogAdmin.saveComponent(new Component(r.get("component"),
                r.get("name"), Boolean.parseBoolean(r.get("constrained")), blankToNull(r.get("notes")))));
        read("products.csv").forEach(r -> catalogAdmin.saveProduct(product(r)));
        read("bill_of_materials.csv").forEach(r -> catalogAdmin.saveBomLine(new BomLine(new Sku(r.get("sku")),
                r.get("component"), Integer.parseInt(r.get("quantity_per_unit")))));
        read("tier_discounts.csv").forEach(r -> catalogAdmin.saveTierDiscount(r.get("tier"),
                new BigDecimal(r.get("percent"))));
        read("warehouses.csv").forEach(r -> inventoryAdmin.saveWarehouse(new Warehouse(r.get("code"), r.get("name"),
                r.get("country"), r.get("role"), Integer.parseInt(r.get("default_transit_days_to_us")))));
        seedSupply();
        read("distributors.csv").forEach(r -> distributors.save(new Distributor(r.get("code"), r.get("name"),
                r.get("tier"), r.get("country"), r.get("currency"), r.get("payment_terms"), r.get("incoterm"),
                new BigDecimal(r.get("credit_limit_usd")), r.get("erp_client_id"))));
        read("ship_to.csv").forEach(r -> distributors.saveShipTo(new ShipTo(r.get("code"),
                new DistributorCode(r.get("distributor")),
                r.get("name"), r.get("line1"), r.get("city"), r.get("region"), r.get("postal_code"),
                r.get("country"), r.get("default_warehouse"))));
        Map<String, Integer> weights = new HashMap<>();
        read("allocation_profiles.csv").forEach(r -> weights.put(r.get("tier"), Integer.parseInt(r.get("weight"))));
        distributors.all().forEach(d -> allocations.saveProfile(d.id(), d.tier(), weights.getOrDefault(d.tier(), 1)));
        read("long_term_agreements.csv").forEach(r -> catalogAdmin.saveContractPrice(new ContractPrice(
                new DistributorCode(r.get("distributor")), new Sku(r.get("sku")),
                Money.usd(r.get("contract_price_usd")),
                LocalDate.parse(r.get("period_start")), LocalDate.parse(r.get("period_end")), r.get("code"))));
        seedLtas();
        Log.infof("Demo data loaded: %d products, %d distributors", catalog.search(ProductQuery.all()).size(),
                distributors.all().size());
    }

    /** The seed stock on hand and supply plan (components and assembly capacity), in the caller's transaction. */
    public void seedSupply() {
        read("inventory.csv").forEach(r -> inventoryAdmin.setOnHand(new Sku(r.get("sku")), r.get("warehouse"),
                Integer.parseInt(r.get("on_hand")), "seed"));
        plan.importCsv(text("component_supply.csv"), "seed", "seed plan: component supply");
        plan.importCsv(text("assembly_capacity.csv"), "seed", "seed plan: assembly capacity");
    }

    /** The seed LTAs with their volume, take-or-pay share and fence, in the caller's transaction. */
    public void seedLtas() {
        read("long_term_agreements.csv").forEach(r -> allocations.saveLta(new Lta(r.get("code"),
                new DistributorCode(r.get("distributor")), new Sku(r.get("sku")),
                LocalDate.parse(r.get("period_start")),
                LocalDate.parse(r.get("period_end")), Integer.parseInt(r.get("committed_quantity")),
                Integer.parseInt(r.get("take_or_pay_percent")), LTA_FENCE_WEEKS)));
    }

    private static Product product(CSVRecord r) {
        return new Product(new Sku(r.get("sku")), r.get("name"), Integer.parseInt(r.get("data_rate_gbps")),
                r.get("form_factor"), r.get("interface"), Integer.parseInt(r.get("reach_m")), r.get("media"),
                r.get("connector"), r.get("center_wavelength_nm"), Integer.parseInt(r.get("lanes")),
                Integer.parseInt(r.get("lane_rate_gbps")), r.get("laser"), r.get("dsp"),
                new BigDecimal(r.get("max_power_w")), Lifecycle.valueOf(r.get("lifecycle")), null,
                blankToNull(r.get("successor_sku")), Money.usd(r.get("list_price_usd")),
                Integer.parseInt(r.get("moq")), Integer.parseInt(r.get("order_multiple")),
                Integer.parseInt(r.get("standard_lead_time_weeks")));
    }

    private static String text(String file) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo-data/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("demo data " + file, e);
        }
    }

    private static List<CSVRecord> read(String file) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo-data/" + file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("demo data " + file, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
