package com.halowill.partnerhub.portal.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quick order: pasted lines become form rows, and every line that cannot be read is named. */
class QuickOrderTest {

    @Test
    void commas_semicolons_tabs_and_spaces_all_separate_and_a_header_is_skipped() {
        QuickOrder.Parsed p = QuickOrder.parse("""
                Part number,Quantity,Date
                hw-osfp-800g-dr8, 500, 2027-01-15
                HW-QDD-400G-DR4;40
                HW-OSFP-800G-SR8\t120\t2027-02-01

                HW-Q112-400G-FR4   60
                """);
        assertEquals(List.of("HW-OSFP-800G-DR8", "HW-QDD-400G-DR4", "HW-OSFP-800G-SR8", "HW-Q112-400G-FR4"),
                p.rows().stream().map(OrderForm.Line::sku).toList());
        assertEquals(List.of("500", "40", "120", "60"), p.rows().stream().map(OrderForm.Line::quantity).toList());
        assertEquals("2027-01-15", p.rows().get(0).requestedDate());
        assertEquals(List.of("Rows without a requested ship date need one before the order is placed."),
                p.problems());
    }

    @Test
    void what_cannot_be_read_is_named_by_its_line_and_the_rest_is_kept() {
        QuickOrder.Parsed p = QuickOrder.parse("""
                HW-OSFP-800G-DR8, 500, 2027-01-15
                HW-QDD-400G-DR4, lots, 2027-01-15
                HW-OSFP-800G-SR8
                HW-OSFP-800G-SR8, 10, 15/01/2027
                """);
        assertEquals(3, p.rows().size(), "a line without a quantity makes no row");
        assertTrue(p.problems().contains("Line 2: 'lots' is not a whole quantity."), p.problems().toString());
        assertTrue(p.problems().stream().anyMatch(m -> m.startsWith("Line 3: needs a part number and a quantity")));
        assertTrue(p.problems().contains("Line 4: '15/01/2027' is not a date like 2027-01-15."));
    }

    @Test
    void an_empty_or_huge_paste_is_refused_with_a_reason() {
        assertTrue(QuickOrder.parse("  \n ").problems().get(0).startsWith("Paste at least one line"));
        assertTrue(QuickOrder.parse("HW-X, 1\n".repeat(10_000)).problems().get(0).contains("longer than"));
        QuickOrder.Parsed many = QuickOrder.parse("HW-X, 1, 2027-01-15\n".repeat(501));
        assertEquals(500, many.rows().size());
        assertTrue(many.problems().get(0).startsWith("Line 501: an order has at most 500 lines"));
    }

    @Test
    void a_csv_file_is_read_by_its_header_whatever_the_column_order_quotes_or_byte_order_mark() {
        QuickOrder.Parsed p = QuickOrder.csv("\uFEFFLine,Requested Date,\"Part Number\",Qty,Comment\r\n"
                + "1,2027-01-15,hw-osfp-800g-dr8,500,\"rush, please\"\r\n"
                + "2,,HW-QDD-400G-DR4,forty,\r\n"
                + ",,,,\r\n"
                + "4,15/01/2027,HW-OSFP-800G-SR8,120,\r\n");
        assertEquals(List.of("HW-OSFP-800G-DR8", "HW-QDD-400G-DR4", "HW-OSFP-800G-SR8"),
                p.rows().stream().map(OrderForm.Line::sku).toList());
        assertEquals("2027-01-15", p.rows().get(0).requestedDate());
        assertEquals(List.of("File row 2", "File row 3", "File row 5"), p.labels());
        assertEquals(List.of("File row 3: 'forty' is not a whole quantity.",
                "File row 5: '15/01/2027' is not a date like 2027-01-15.",
                "Rows without a requested ship date need one before the order is placed."), p.problems());
    }

    @Test
    void a_csv_file_without_the_columns_an_order_needs_is_refused_with_what_it_has() {
        QuickOrder.Parsed p = QuickOrder.csv("product;amount\nHW-OSFP-800G-DR8;10\n");
        assertTrue(p.rows().isEmpty());
        assertEquals(List.of("The first row of the file must name its columns: part number, quantity and, if you like,"
                + " requested date. It has: product;amount."), p.problems());
        assertEquals(List.of("The file has a header but no rows."), QuickOrder.csv("sku,qty\n").problems());
    }
}
