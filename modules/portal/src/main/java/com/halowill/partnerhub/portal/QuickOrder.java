package com.halowill.partnerhub.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quick order: lines pasted as "part number, quantity" (optionally ", requested date"), separated by commas,
 * semicolons, tabs or spaces, as a spreadsheet or an ERP export gives them. Each line becomes a row of the order
 * form; what cannot be read is named by its line number, and nothing is ordered until the buyer places the form.
 */
public final class QuickOrder {

    /** Rows the form shows at most: the intake's own limit of lines per order. */
    static final int MAX_ROWS = 500;
    /** A paste longer than this is refused as a whole (about 500 lines of 100 characters). */
    static final int MAX_CHARACTERS = 50_000;

    /** The rows read and the problems found, each problem naming its line. */
    record Parsed(List<OrderForm.Line> rows, List<String> problems) {
    }

    private QuickOrder() {
    }

    static Parsed parse(String text) {
        List<OrderForm.Line> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add("Paste at least one line: a part number and a quantity, like HW-OSFP-800G-DR8, 500.");
            return new Parsed(rows, problems);
        }
        if (text.length() > MAX_CHARACTERS) {
            problems.add("The pasted text is longer than " + MAX_CHARACTERS + " characters; paste at most "
                    + MAX_ROWS + " lines at a time.");
            return new Parsed(rows, problems);
        }
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s*[,;\\t]\\s*|\\s+");
            String label = "Line " + (n + 1) + ": ";
            if (rows.isEmpty() && problems.isEmpty() && header(cells[0])) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                problems.add(label + "an order has at most " + MAX_ROWS + " lines; the rest was left out.");
                break;
            }
            if (cells.length < 2) {
                problems.add(label + "needs a part number and a quantity, like HW-OSFP-800G-DR8, 500.");
                continue;
            }
            String sku = cells[0].toUpperCase(Locale.ROOT);
            String quantity = cells[1];
            if (!quantity.matches("\\d{1,9}")) {
                problems.add(label + "'" + shorten(quantity) + "' is not a whole quantity.");
            }
            String date = cells.length > 2 ? cells[2] : "";
            if (!date.isEmpty()) {
                try {
                    date = LocalDate.parse(date).toString();
                } catch (DateTimeParseException e) {
                    problems.add(label + "'" + shorten(date) + "' is not a date like 2027-01-15.");
                    date = "";
                }
            }
            rows.add(new OrderForm.Line(rows.size(), shorten(sku), quantity.matches("\\d{1,9}") ? quantity : "",
                    date));
        }
        if (rows.stream().anyMatch(r -> r.requestedDate().isEmpty())) {
            problems.add("Rows without a requested ship date need one before the order is placed.");
        }
        return new Parsed(rows, problems);
    }

    private static boolean header(String first) {
        String f = first.toLowerCase(Locale.ROOT);
        return f.equals("sku") || f.startsWith("part") || f.equals("item");
    }

    private static String shorten(String value) {
        return value.length() > 64 ? value.substring(0, 64) : value;
    }
}
