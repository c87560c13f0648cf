package com.halowill.partnerhub.portal.console;

import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.portal.web.Input;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A product's lifecycle, successor, list price and ordering rules as an ops admin typed them, checked. */
record ProductEdit(Product product, List<String> problems) {

    /** Prices stay below this (the columns hold 10 digits before the point). */
    static final BigDecimal MAX_PRICE = new BigDecimal("10000000");

    /** The product with the form's values, and every value that cannot be used, in words. */
    static ProductEdit of(Product p, MultivaluedMap<String, String> form, Set<String> skus) {
        List<String> problems = new ArrayList<>();
        Lifecycle lifecycle = p.lifecycle();
        try {
            lifecycle = Lifecycle.valueOf(Input.field(form, "lifecycle"));
        } catch (IllegalArgumentException e) {
            problems.add("Lifecycle: one of PREVIEW, ACTIVE, NRND or EOL.");
        }
        LocalDate lastTimeBuy = null;
        if (!Input.field(form, "lastTimeBuy").isEmpty()) {
            try {
                lastTimeBuy = LocalDate.parse(Input.field(form, "lastTimeBuy"));
            } catch (RuntimeException e) {
                problems.add("Last-time-buy: a date such as 2027-03-31.");
            }
        }
        String successor = Input.field(form, "successor").isEmpty() ? null : Input.field(form, "successor");
        if (successor != null && (successor.equals(p.sku().value()) || !skus.contains(successor))) {
            problems.add("Successor: another product of the catalog.");
        }
        BigDecimal price = Input.amount(Input.field(form, "listPrice"), MAX_PRICE).orElse(null);
        if (price == null) {
            problems.add("List price: an amount such as 629.00, at most 2 decimals and below 10,000,000.");
            price = p.listPrice().amount();
        }
        int moq = number(form, "moq", 1, 1_000_000, "MOQ", problems, p.moq());
        int multiple = number(form, "orderMultiple", 1, 1_000_000, "Order multiple", problems, p.orderMultiple());
        int lead = number(form, "leadTime", 0, 104, "Lead time (weeks)", problems, p.standardLeadTimeWeeks());
        Product changed = new Product(p.sku(), p.name(), p.dataRateGbps(), p.formFactor(), p.opticalInterface(),
                p.reachMeters(), p.media(), p.connector(), p.centerWavelengthNm(), p.lanes(), p.laneRateGbps(),
                p.laser(), p.dsp(), p.maxPowerWatts(), lifecycle, lastTimeBuy, successor,
                new Money(price.setScale(2), p.listPrice().currency()), moq, multiple, lead);
        return new ProductEdit(changed, problems);
    }

    private static int number(MultivaluedMap<String, String> form, String name, int min, int max, String label,
            List<String> problems, int fallback) {
        try {
            int n = Integer.parseInt(Input.field(form, name));
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        problems.add(label + ": a whole number from " + min + " to " + max + ".");
        return fallback;
    }
}
