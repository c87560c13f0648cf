package com.halowill.partnerhub.api.edi.inbound;
import com.halowill.partnerhub.api.edi.syntax.ElementSyntaxCode;
import com.halowill.partnerhub.api.edi.syntax.X12Values;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.orders.PlanningSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps a received 830 onto the planning schedule Partner Hub keeps: BFR02 (else BFR03) its reference, BFR06/BFR07 its
 * horizon, per LIN the product its VP id names (one of ours), per FST a quantity, firm (FST02 C) or for planning, for
 * the period its timing gives: a day (D), the week from its date (W), the month (M), else FST04 to FST05. Quantities
 * must be discrete (BFR05 A); cumulative ones (C) are refused, as are unknown products and quantities that are not
 * whole units.
 */
final class X12ScheduleMapping {

    private static final String LINE_LOOP = "LIN_LOOP";
    private static final String FORECAST_LOOP = "FST_LOOP";

    private X12ScheduleMapping() {
    }

    /** The schedule to keep, or null with every error added to {@code errors}. */
    static PlanningSchedule schedule(ReceivedPlanningSchedule received, String fallbackReference,
            DistributorCode distributor,
            Map<String, Product> products, Instant now, String actor, List<X12Error> errors) {
        if (!"A".equals(received.quantityQualifier())) {
            errors.add(bfr(received, 5, "676", received.quantityQualifier(), "send discrete quantities (BFR05 A);"
                    + " cumulative quantities are not read"));
        }
        LocalDate start = date(received.horizonStart());
        LocalDate end = received.horizonEnd() == null ? null : date(received.horizonEnd());
        if (start == null) {
            errors.add(bfr(received, 6, "373", received.horizonStart(), "not a date (CCYYMMDD)"));
        }
        if (received.horizonEnd() != null && (end == null || start != null && end.isBefore(start))) {
            errors.add(bfr(received, 7, "373", received.horizonEnd(), "the horizon ends on or after it starts"));
        }
        List<PlanningSchedule.Forecast> lines = new ArrayList<>();
        for (ReceivedPlanningSchedule.Item item : received.items()) {
            if (item.sku() == null) {
                errors.add(X12Error.element("LIN", item.linPosition(), LINE_LOOP, 2, 0, 0, "235",
                        ElementSyntaxCode.MANDATORY_ELEMENT_MISSING, null, "name the product by its VP id (our SKU)"));
                continue;
            }
            if (!products.containsKey(item.sku())) {
                errors.add(X12Error.element("LIN", item.linPosition(), LINE_LOOP, item.skuElementPosition(), 0, 0,
                        "234", ElementSyntaxCode.INVALID_CODE_VALUE, item.sku(), "unknown SKU"));
                continue;
            }
            for (ReceivedPlanningSchedule.Forecast f : item.forecasts()) {
                PlanningSchedule.Forecast line = forecast(item.sku(), f, errors);
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String reference = received.reference() != null ? received.reference() : fallbackReference;
        LocalDate last = lines.stream().map(PlanningSchedule.Forecast::periodEnd).max(LocalDate::compareTo)
                .orElse(start);
        return new PlanningSchedule(distributor, reference, start, end != null ? end : last, now, actor, lines);
    }

    private static PlanningSchedule.Forecast forecast(String sku, ReceivedPlanningSchedule.Forecast f,
            List<X12Error> errors) {
        Integer quantity = X12Values.whole(f.quantity());
        if (quantity != null && (quantity < 0 || quantity > 10_000_000)) {
            quantity = null;
        }
        if (quantity == null) {
            errors.add(onFst(f, 1, "380", ElementSyntaxCode.INVALID_CODE_VALUE, f.quantity(),
                    "a forecast quantity is a whole number of units"));
            return null;
        }
        LocalDate from = date(f.date());
        LocalDate to = f.endDate() == null ? null : date(f.endDate());
        if (from == null || f.endDate() != null && (to == null || to.isBefore(from))) {
            errors.add(onFst(f, from == null ? 4 : 5, "373", ElementSyntaxCode.INVALID_DATE,
                    from == null ? f.date() : f.endDate(), "not a date (CCYYMMDD), or a period ending before it starts"));
            return null;
        }
        if (to == null) {
            to = switch (f.timing()) {
                case "W" -> from.plusDays(6);
                case "M" -> from.with(TemporalAdjusters.lastDayOfMonth());
                default -> from;
            };
        }
        return new PlanningSchedule.Forecast(new Sku(sku), "C".equals(f.qualifier()), from, to, quantity);
    }

    private static LocalDate date(String ccyymmdd) {
        return X12Values.parseDate(ccyymmdd);
    }

    private static X12Error bfr(ReceivedPlanningSchedule s, int element, String reference, String value, String why) {
        return X12Error.element("BFR", Math.max(1, s.bfrPosition()), null, element, 0, 0, reference,
                ElementSyntaxCode.INVALID_CODE_VALUE, value, why);
    }

    private static X12Error onFst(ReceivedPlanningSchedule.Forecast f, int element, String reference,
            ElementSyntaxCode code, String value, String why) {
        return X12Error.element("FST", f.position(), FORECAST_LOOP, element, 0, 0, reference, code, value, why);
    }
}
