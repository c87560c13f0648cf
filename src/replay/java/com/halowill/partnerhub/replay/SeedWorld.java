package com.halowill.partnerhub.replay;

import com.halowill.partnerhub.app.DemoData;
import com.halowill.partnerhub.app.demo.DemandLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The seed world as plain numbers (from the demo data the application ships), for the baseline that promises
 * the way open-source ERPs do and for the replay's own bookkeeping.
 */
record SeedWorld(Map<String, String> formFactor, Map<String, Boolean> endOfLife, Map<String, Map<String, Integer>> bom,
        Map<String, Integer> stock, Map<String, Integer> stockAt, Map<String, Map<LocalDate, Integer>> chips,
        Map<String, List<String>> lineFormFactors, Map<String, Map<LocalDate, Integer>> capacity, List<Lta> ltas) {

    /** The fence of the seed LTAs: a week's undrawn quota is released to others that many weeks before it starts. */
    static final int FENCE_WEEKS = DemoData.LTA_FENCE_WEEKS;

    /** The first assembly line that builds the product's form factor (null for none). */
    String lineFor(String sku) {
        return lineFormFactors.entrySet().stream().filter(e -> e.getValue().contains(formFactor.get(sku)))
                .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
    }

    /** The key of a stock pool in {@link #stockAt}. */
    static String stockKey(String sku, String warehouse) {
        return sku + "@" + warehouse;
    }

    /** An LTA: who, which product, its period and volume. */
    record Lta(String code, String distributor, String sku, LocalDate start, LocalDate end, int volume) {

        boolean covers(DemandLine l) {
            return l.distributor().equals(distributor) && l.sku().equals(sku) && !l.requested().isBefore(start)
                    && !l.requested().isAfter(end);
        }
    }

    static SeedWorld load() {
        Map<String, String> ff = new HashMap<>();
        Map<String, Boolean> eol = new HashMap<>();
        read("products.csv").forEach(r -> {
            ff.put(r.get("sku"), r.get("form_factor"));
            eol.put(r.get("sku"), r.get("lifecycle").equals("EOL"));
        });
        Map<String, Map<String, Integer>> bom = new HashMap<>();
        read("bill_of_materials.csv").forEach(r -> bom.computeIfAbsent(r.get("sku"), k -> new HashMap<>())
                .put(r.get("component"), Integer.parseInt(r.get("quantity_per_unit"))));
        Map<String, Integer> stock = new HashMap<>();
        Map<String, Integer> stockAt = new HashMap<>();
        read("inventory.csv").forEach(r -> {
            stock.merge(r.get("sku"), Integer.parseInt(r.get("on_hand")), Integer::sum);
            stockAt.put(stockKey(r.get("sku"), r.get("warehouse")), Integer.parseInt(r.get("on_hand")));
        });
        Map<String, List<String>> lines = new HashMap<>();
        Map<String, Map<LocalDate, Integer>> capacity = new HashMap<>();
        read("assembly_capacity.csv").forEach(r -> {
            lines.put(r.get("line"), List.of(r.get("form_factors").split(";")));
            capacity.computeIfAbsent(r.get("line"), k -> new TreeMap<>()).put(LocalDate.parse(r.get("week_start")),
                    Integer.parseInt(r.get("units")));
        });
        List<Lta> ltas = new ArrayList<>();
        read("long_term_agreements.csv").forEach(r -> ltas.add(new Lta(r.get("code"), r.get("distributor"),
                r.get("sku"), LocalDate.parse(r.get("period_start")), LocalDate.parse(r.get("period_end")),
                Integer.parseInt(r.get("committed_quantity")))));
        return new SeedWorld(ff, eol, bom, stock, stockAt, chips(text("component_supply.csv")), lines, capacity, ltas);
    }

    /** Component supply by component and week, from a plan CSV ({@code component,week_start,quantity}). */
    static Map<String, Map<LocalDate, Integer>> chips(String csv) {
        Map<String, Map<LocalDate, Integer>> out = new HashMap<>();
        parse(new java.io.StringReader(csv)).forEach(r -> out.computeIfAbsent(r.get("component"), k -> new TreeMap<>())
                .put(LocalDate.parse(r.get("week_start")), Integer.parseInt(r.get("quantity"))));
        return out;
    }

    static String text(String file) {
        try (InputStream in = SeedWorld.class.getResourceAsStream("/demo-data/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> read(String file) {
        try (InputStream in = SeedWorld.class.getResourceAsStream("/demo-data/" + file)) {
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> parse(Reader reader) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
