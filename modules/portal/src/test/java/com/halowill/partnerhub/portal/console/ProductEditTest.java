package com.halowill.partnerhub.portal.console;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.halowill.partnerhub.catalog.Lifecycle;
import com.halowill.partnerhub.catalog.Money;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.Sku;
import com.halowill.partnerhub.portal.web.Input;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an ops admin types for a product and for amounts: what is kept, and what is refused in words. */
class ProductEditTest {

    private static final Product DR8 = new Product(new Sku("HW-OSFP-800G-DR8"), "800G DR8", 800, "OSFP", "DR8", 500,
            "SMF", "MPO-16", "1310", 8, 100, "EML", "5nm", new BigDecimal("15.0"), Lifecycle.ACTIVE, null, null,
            Money.usd("699.00"), 10, 10, 8);

    @Test
    void amounts_are_at_least_zero_with_two_decimals_and_below_their_limit() {
        BigDecimal limit = new BigDecimal("100");
        assertEquals(Optional.of(new BigDecimal("8.50")), Input.amount(" 8.5 ", limit));
        assertEquals(Optional.of(new BigDecimal("0.00")), Input.amount("0", limit));
        for (String bad : new String[] {"-1", "1.234", "100", "1e999999999", "abc", "", null}) {
            assertEquals(Optional.empty(), Input.amount(bad, limit), String.valueOf(bad));
        }
    }

    @Test
    void a_product_is_changed_as_typed_when_every_field_is_usable() {
        ProductEdit e = ProductEdit.of(DR8, form("EOL", "2027-03-31", "HW-OSFP-1T6-DR8", "649.5", "20", "10", "12"),
                Set.of(DR8.sku().value(), "HW-OSFP-1T6-DR8"));
        assertEquals(List.of(), e.problems());
        assertEquals(Lifecycle.EOL, e.product().lifecycle());
        assertEquals(LocalDate.of(2027, 3, 31), e.product().lastTimeBuy());
        assertEquals("HW-OSFP-1T6-DR8", e.product().successorSku());
        assertEquals(new BigDecimal("649.50"), e.product().listPrice().amount());
        assertEquals(20, e.product().moq());
    }

    @Test
    void every_unusable_field_is_named() {
        ProductEdit e = ProductEdit.of(DR8, form("GONE", "31/03/2027", DR8.sku().value(), "6.999", "0", "x", "200"),
                Set.of(DR8.sku().value()));
        String all = String.join(" ", e.problems());
        for (String named : List.of("Lifecycle", "Last-time-buy", "Successor", "List price", "MOQ", "Order multiple",
                "Lead time")) {
            assertTrue(all.contains(named), named + " in: " + all);
        }
        assertEquals(DR8.listPrice(), e.product().listPrice(), "the price typed is not used");
    }

    private static MultivaluedHashMap<String, String> form(String lifecycle, String ltb, String successor,
            String price, String moq, String multiple, String lead) {
        MultivaluedHashMap<String, String> f = new MultivaluedHashMap<>();
        f.putSingle("lifecycle", lifecycle);
        f.putSingle("lastTimeBuy", ltb);
        f.putSingle("successor", successor);
        f.putSingle("listPrice", price);
        f.putSingle("moq", moq);
        f.putSingle("orderMultiple", multiple);
        f.putSingle("leadTime", lead);
        return f;
    }
}
