package com.halowill.partnerhub.app.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** One order line of a scenario's demand file; lines with one PO number form one purchase order. */
public record DemandLine(String po, LocalDate placedOn, String distributor, String shipTo, int lineNumber,
        String sku, int quantity, LocalDate requested) {

    static final List<String> HEADER = List.of("po_number", "placed_on", "distributor", "ship_to", "line_number",
            "sku", "quantity", "requested_date");

    /** Reads a demand file with exactly the columns of {@code demand_26w.csv}. */
    public static List<DemandLine> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads demand with exactly the columns of {@code demand_26w.csv}; {@code source} names it in errors. */
    public static List<DemandLine> read(Reader in, String source) throws IOException {
        var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
        if (!parser.getHeaderNames().equals(HEADER)) {
            throw new IllegalArgumentException(source + ": the columns must be " + String.join(",", HEADER));
        }
        return parser.getRecords().stream().map(r -> new DemandLine(r.get(0), LocalDate.parse(r.get(1)), r.get(2),
                r.get(3), Integer.parseInt(r.get(4)), r.get(5), Integer.parseInt(r.get(6)),
                LocalDate.parse(r.get(7)))).toList();
    }
}
