package com.halowill.partnerhub.inventory.internal;

import com.halowill.partnerhub.inventory.PlanRowError;
import com.halowill.partnerhub.inventory.PoolKind;
import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a supply plan CSV: component supply ({@code component,week_start,quantity}) or assembly capacity
 * ({@code line,form_factors,week_start,units}). Every row is checked and every error kept, by row number.
 */
final class PlanCsv {

    static final int MAX_ROWS = 100_000;
    static final int MAX_QUANTITY = 1_000_000_000;
    static final List<String> CHIPS_HEADER = List.of("component", "week_start", "quantity");
    static final List<String> CAPACITY_HEADER = List.of("line", "form_factors", "week_start", "units");

    /** One usable row: a pool key (component or line), the line's form factors, the week and the quantity. */
    record Row(int row, String key, String formFactors, LocalDate week, int quantity) {
    }

    /** What the file says: its kind (null when the header is not one of the two), rows and errors. */
    record Parsed(PoolKind kind, List<Row> rows, List<PlanRowError> errors) {
    }

    private PlanCsv() {
    }

    static Parsed parse(String csv, Set<String> components) {
        List<PlanRowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get()
                .parse(new StringReader(csv == null ? "" : csv.strip()))) {
            records = parser.getRecords();
        } catch (IOException | RuntimeException e) {
            return new Parsed(null, rows, List.of(new PlanRowError(0, "file", "is not readable as CSV: "
                    + e.getMessage())));
        }
        if (records.isEmpty()) {
            return new Parsed(null, rows, List.of(new PlanRowError(0, "file", "is empty")));
        }
        List<String> header = records.get(0).toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        PoolKind kind = header.equals(CHIPS_HEADER) ? PoolKind.CHIPS
                : header.equals(CAPACITY_HEADER) ? PoolKind.CAPACITY : null;
        if (kind == null) {
            return new Parsed(null, rows, List.of(new PlanRowError(0, "header", "must be "
                    + String.join(",", CHIPS_HEADER) + " or " + String.join(",", CAPACITY_HEADER))));
        }
        if (records.size() - 1 > MAX_ROWS) {
            return new Parsed(kind, rows, List.of(new PlanRowError(0, "file", "has " + (records.size() - 1)
                    + " rows; at most " + MAX_ROWS)));
        }
        if (records.size() == 1) {
            errors.add(new PlanRowError(0, "file", "has a header but no rows"));
        }
        Set<String> seen = new HashSet<>();
        Map<String, String> formFactors = new HashMap<>();
        for (int i = 1; i < records.size(); i++) {
            Row row = row(kind, records.get(i), i, components, errors);
            if (row == null) {
                continue;
            }
            if (!seen.add(row.key() + "|" + row.week())) {
                errors.add(new PlanRowError(i, "week_start", row.key() + " has another row for " + row.week()));
            } else if (kind == PoolKind.CAPACITY && !formFactors.computeIfAbsent(row.key(), k -> row.formFactors())
                    .equals(row.formFactors())) {
                errors.add(new PlanRowError(i, "form_factors", "differs from an earlier row of line " + row.key()));
            } else {
                rows.add(row);
            }
        }
        return new Parsed(kind, rows, errors);
    }

    private static Row row(PoolKind kind, CSVRecord r, int i, Set<String> components, List<PlanRowError> errors) {
        int width = kind == PoolKind.CHIPS ? 3 : 4;
        if (r.size() != width) {
            errors.add(new PlanRowError(i, "row", "has " + r.size() + " fields; expected " + width));
            return null;
        }
        int before = errors.size();
        String key = r.get(0).strip();
        String formFactors = kind == PoolKind.CAPACITY ? r.get(1).strip() : null;
        if (kind == PoolKind.CHIPS) {
            if (!components.contains(key)) {
                errors.add(new PlanRowError(i, "component", key.isEmpty() ? "is required"
                        : "unknown component '" + key + "'"));
            }
        } else {
            if (key.isEmpty() || key.length() > 16 || !key.matches("[A-Za-z0-9_.-]+")) {
                errors.add(new PlanRowError(i, "line", "must be 1 to 16 letters, digits, '-', '_' or '.'"));
            }
            if (formFactors.isEmpty() || formFactors.length() > 200
                    || List.of(formFactors.split(";")).stream().anyMatch(String::isBlank)) {
                errors.add(new PlanRowError(i, "form_factors", "must list form factors separated by ';'"));
            }
        }
        LocalDate week = week(r.get(width - 2).strip(), i, errors);
        int quantity = quantity(r.get(width - 1).strip(), i, kind == PoolKind.CHIPS ? "quantity" : "units", errors);
        return errors.size() == before ? new Row(i, key, formFactors, week, quantity) : null;
    }

    private static LocalDate week(String text, int i, List<PlanRowError> errors) {
        try {
            LocalDate d = LocalDate.parse(text);
            if (d.getDayOfWeek() != DayOfWeek.MONDAY) {
                errors.add(new PlanRowError(i, "week_start", text + " is a " + d.getDayOfWeek().toString()
                        .toLowerCase(Locale.ROOT) + "; weeks start on Monday"));
            } else if (d.getYear() < 2000 || d.getYear() > 2099) {
                errors.add(new PlanRowError(i, "week_start", text + " is outside 2000 to 2099"));
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new PlanRowError(i, "week_start", "'" + text + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static int quantity(String text, int i, String field, List<PlanRowError> errors) {
        try {
            int q = Integer.parseInt(text);
            if (q < 0 || q > MAX_QUANTITY) {
                errors.add(new PlanRowError(i, field, q < 0 ? "is negative" : "is over " + MAX_QUANTITY));
            }
            return q;
        } catch (NumberFormatException e) {
            errors.add(new PlanRowError(i, field, "'" + text + "' is not a whole number"));
            return 0;
        }
    }
}
