package com.halowill.partnerhub.orders.internal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Product DR8 = product("HW-OSFP-800G-DR8", Lifecycle.ACTIVE, 10, 10);
    private static final Product OLD = product("HW-Q56-200G-FR4", Lifecycle.EOL, 10, 10);
    private static final Map<String, Product> CATALOG = Map.of(DR8.sku().value(), DR8, OLD.sku().value(), OLD);

    private static Product product(String sku, Lifecycle lifecycle, int moq, int multiple) {
        return new Product(new Sku(sku), sku, 800, "OSFP", "DR8", 500, "SMF", "MPO-16", "1310", 8, 100, "EML", "5nm",
                BigDecimal.TEN, lifecycle, null, null, Money.usd("699.00"), moq, multiple, 12);
    }

    private static SubmitOrder order(String shipTo, String currency, List<SubmitLine> lines) {
        return new SubmitOrder(new DistributorCode("NWOS"), "k1", Channel.API, "NW-1", shipTo, currency, lines, null,
                "test");
    }

    private static SubmitLine line(Integer n, String sku, Integer qty, LocalDate date) {
        return new SubmitLine(n, sku, qty, date, null);
    }

    private static List<FieldError> validate(SubmitOrder o) {
        return OrderValidation.validate(o, Set.of("NWOS-ASH"), sku -> Optional.ofNullable(CATALOG.get(sku)), TODAY);
    }

    @Test
    void a_valid_order_passes() {
        assertEquals(List.of(), validate(order("NWOS-ASH", "USD", List.of(line(1, DR8.sku().value(), 500, TODAY)))));
    }

    @Test
    void every_line_error_is_reported_at_once_with_its_path() {
        List<FieldError> errors = validate(order("NWOS-ASH", "USD", List.of(
                line(1, DR8.sku().value(), 500, TODAY), line(2, "HW-NOPE", 10, TODAY),
                line(2, DR8.sku().value(), 5, TODAY.minusDays(1)),
                line(4, DR8.sku().value(), 15, TODAY), line(5, OLD.sku().value(), 10, TODAY))));
        assertEquals(List.of(
                new FieldError("lines[1].sku", "unknown SKU 'HW-NOPE'"),
                new FieldError("lines[2].lineNumber", "duplicate line number 2"),
                new FieldError("lines[2].quantity", "below the minimum order quantity of 10"),
                new FieldError("lines[2].requestedDate", "is in the past"),
                new FieldError("lines[3].quantity", "must be a multiple of 10"),
                new FieldError("lines[4].sku", "'HW-Q56-200G-FR4' is end-of-life and past its last-time-buy date")),
                errors);
    }

    @Test
    void ship_to_of_another_distributor_and_unsupported_currency_are_rejected() {
        List<FieldError> errors = validate(order("CASC-SEA", "EUR", List.of(line(1, DR8.sku().value(), 10, TODAY))));
        assertEquals(List.of("shipTo", "currency"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void more_than_500_lines_are_rejected() {
        List<SubmitLine> lines = Collections.nCopies(501, line(1, DR8.sku().value(), 10, TODAY));
        List<FieldError> errors = validate(order("NWOS-ASH", "USD", lines));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("at most 500"));
    }

    @Test
    void quantity_below_one_and_missing_fields_are_rejected() {
        List<FieldError> errors = validate(order(null, "USD", List.of(line(null, null, 0, null))));
        assertEquals(List.of("shipTo", "lines[0].lineNumber", "lines[0].sku", "lines[0].quantity",
                "lines[0].requestedDate"), errors.stream().map(FieldError::field).toList());
    }
}
