package com.halowill.partnerhub.app.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One change of the supply plan as a scenario announces it: from {@code announcedOn}, the resource's supply (a
 * component's chips or an assembly line's units) in the week starting {@code weekStart} is {@code quantity}.
 */
public record SupplyEvent(LocalDate announcedOn, String resource, LocalDate weekStart, int quantity) {

    static final List<String> HEADER = List.of("announced_on", "resource", "week_start", "quantity");

    /** Announced on or after the Monday of its own week: supply that did not arrive as planned. */
    public boolean shortNotice() {
        return !announcedOn.isBefore(weekStart);
    }

    /** Reads a supply-events file with exactly the columns of {@code supply_events.csv}; any bad row fails the file. */
    public static List<SupplyEvent> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads supply events; {@code source} names them in errors. */
    public static List<SupplyEvent> read(Reader in, String source) throws IOException {
        var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
        if (!parser.getHeaderNames().equals(HEADER)) {
            throw new IllegalArgumentException(source + ": the columns must be " + String.join(",", HEADER));
        }
        List<SupplyEvent> events = new ArrayList<>();
        for (CSVRecord r : parser.getRecords()) {
            SupplyEvent e = new SupplyEvent(LocalDate.parse(r.get(0)), r.get(1), LocalDate.parse(r.get(2)),
                    Integer.parseInt(r.get(3)));
            if (e.weekStart().getDayOfWeek() != DayOfWeek.MONDAY || e.quantity() < 0) {
                throw new IllegalArgumentException(source + " line " + r.getRecordNumber()
                        + ": week_start must be a Monday and quantity zero or more");
            }
            events.add(e);
        }
        return events;
    }
}
