package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.portal.web.Input;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The catalog's filters as typed: data rate, form factor, optical interface, reach, lifecycle, and a search in part
 * numbers and descriptions. A value that matches no option is named in {@link #problem()} and not applied.
 */
public record CatalogFilter(String rate, String formFactor, String opticalInterface, String reach, String lifecycle,
        String text, String problem) {

    static CatalogFilter of(String rate, String formFactor, String opticalInterface, String reach, String lifecycle,
            String text) {
        String r = clean(rate);
        String rc = clean(reach);
        String lc = clean(lifecycle).toUpperCase(Locale.ROOT);
        StringBuilder problem = new StringBuilder();
        if (!r.isEmpty() && !r.matches("\\d{1,5}")) {
            problem.append("The data rate is a number of Gb/s, like 800; showing every rate. ");
            r = "";
        }
        if (!rc.isEmpty() && !rc.matches("\\d{1,7}")) {
            problem.append("The reach is a number of meters, like 500; showing every reach. ");
            rc = "";
        }
        if (!lc.isEmpty() && Arrays.stream(Lifecycle.values()).noneMatch(v -> v.name().equals(lc))) {
            problem.append("There is no lifecycle '").append(Input.echo(lc)).append("'; showing every lifecycle. ");
        }
        String t = clean(text);
        if (t.length() > 100) {
            t = t.substring(0, 100);
        }
        String p = problem.toString().strip();
        return new CatalogFilter(r, clean(formFactor), clean(opticalInterface), rc,
                Arrays.stream(Lifecycle.values()).anyMatch(v -> v.name().equals(lc)) ? lc : "", t,
                p.isEmpty() ? null : p);
    }

    /** Whether the product passes every filter that is set. */
    boolean matches(Product p) {
        return (rate.isEmpty() || p.dataRateGbps() == Integer.parseInt(rate))
                && (formFactor.isEmpty() || formFactor.equalsIgnoreCase(p.formFactor()))
                && (opticalInterface.isEmpty() || opticalInterface.equalsIgnoreCase(p.opticalInterface()))
                && (reach.isEmpty() || p.reachMeters() == Integer.parseInt(reach))
                && (lifecycle.isEmpty() || p.lifecycle().name().equals(lifecycle))
                && (text.isEmpty() || contains(p.sku().value(), text) || contains(p.name(), text));
    }

    /** Whether any filter is set. */
    public boolean any() {
        return !(rate + formFactor + opticalInterface + reach + lifecycle + text).isEmpty();
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** The options each select offers, from the products there are. */
    public record Options(List<Integer> rates, List<String> formFactors, List<String> interfaces, List<Integer> reaches,
            List<String> lifecycles) {

        static Options of(List<Product> products) {
            return new Options(products.stream().map(Product::dataRateGbps).distinct().sorted().toList(),
                    products.stream().map(Product::formFactor).filter(Objects::nonNull).distinct().sorted().toList(),
                    products.stream().map(Product::opticalInterface).filter(Objects::nonNull).distinct().sorted()
                            .toList(),
                    products.stream().map(Product::reachMeters).distinct().sorted().toList(),
                    Arrays.stream(Lifecycle.values()).map(Enum::name).toList());
        }
    }
}
