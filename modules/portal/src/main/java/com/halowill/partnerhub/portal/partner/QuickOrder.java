package com.halowill.partnerhub.portal.partner;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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

    /** The rows read and the problems found, each problem naming its line; {@code labels} names each row's line. */
    record Parsed(List<OrderForm.Line> rows, List<String> problems, List<String> labels) {

        static Parsed problem(String problem) {
            return new Parsed(List.of(), List.of(problem), List.of());
        }
    }

    private QuickOrder() {
    }

    static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.problem("Paste at least one line: a part number and a quantity, like HW-OSFP-800G-DR8, 500.");
        }
        if (text.length() > MAX_CHARACTERS) {
            return Parsed.problem("The pasted text is longer than " + MAX_CHARACTERS + " characters; paste at most "
                    + MAX_ROWS + " lines at a time.");
        }
        Reading reading = new Reading();
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s*[,;\\t]\\s*|\\s+");
            if (reading.rows.isEmpty() && reading.problems.isEmpty() && header(cells[0])) {
                continue;
            }
            if (!reading.add("Line " + (n + 1), cells)) {
                break;
            }
        }
        return reading.done();
    }

    /**
     * A purchase order as a CSV file (RFC 4180: quoted cells, any line ends), its first row naming the columns:
     * part number (or sku), quantity (or qty) and, if wanted, requested date; other columns are left alone.
     */
    static Parsed csv(String text) {
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new StringReader(text == null ? "" : text.strip().replace("\uFEFF", "")))) {
            records = parser.getRecords();
        } catch (IOException | RuntimeException e) {
            return Parsed.problem("The file is not readable as CSV: " + shorten(String.valueOf(e.getMessage())));
        }
        if (records.isEmpty()) {
            return Parsed.problem("The file is empty.");
        }
        List<String> header = records.get(0).toList().stream()
                .map(h -> h.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")).toList();
        int sku = column(header, "partnumber", "part", "sku", "item", "itemnumber");
        int quantity = column(header, "quantity", "qty", "orderquantity");
        int date = column(header, "requesteddate", "requestedshipdate", "date", "shipdate", "needby");
        if (sku < 0 || quantity < 0) {
            return Parsed.problem("The first row of the file must name its columns: part number, quantity and, if you"
                    + " like, requested date. It has: " + shorten(String.join(", ", records.get(0).toList())) + ".");
        }
        if (records.size() - 1 > MAX_ROWS) {
            return Parsed.problem("The file has " + (records.size() - 1) + " rows; an order has at most " + MAX_ROWS
                    + " lines.");
        }
        Reading reading = new Reading();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            String[] cells = {cell(r, sku), cell(r, quantity), date < 0 ? "" : cell(r, date)};
            if (String.join("", cells).isBlank()) {
                continue;
            }
            reading.add("File row " + (i + 1), cells[2].isEmpty() ? new String[] {cells[0], cells[1]} : cells);
        }
        if (reading.rows.isEmpty() && reading.problems.isEmpty()) {
            return Parsed.problem("The file has a header but no rows.");
        }
        return reading.done();
    }

    private static int column(List<String> header, String... names) {
        for (String name : names) {
            int i = header.indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(CSVRecord r, int i) {
        return i < r.size() ? r.get(i).strip() : "";
    }

    /** Rows as they are read, each named by its line; what cannot be read is a problem of that line. */
    private static final class Reading {

        private final List<OrderForm.Line> rows = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();

        /** Adds a row from its cells (part number, quantity, date); false once the form is full. */
        boolean add(String name, String[] cells) {
            String label = name + ": ";
            if (rows.size() == MAX_ROWS) {
                problems.add(label + "an order has at most " + MAX_ROWS + " lines; the rest was left out.");
                return false;
            }
            if (cells.length < 2 || cells[0].isEmpty()) {
                problems.add(label + "needs a part number and a quantity, like HW-OSFP-800G-DR8, 500.");
                return true;
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
            labels.add(name);
            return true;
        }

        Parsed done() {
            if (rows.stream().anyMatch(r -> r.requestedDate().isEmpty())) {
                problems.add("Rows without a requested ship date need one before the order is placed.");
            }
            return new Parsed(rows, problems, labels);
        }
    }

    private static boolean header(String first) {
        String f = first.toLowerCase(Locale.ROOT);
        return f.equals("sku") || f.startsWith("part") || f.equals("item");
    }

    private static String shorten(String value) {
        return value.length() > 64 ? value.substring(0, 64) : value;
    }
}
