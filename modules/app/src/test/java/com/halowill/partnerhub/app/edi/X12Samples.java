package com.halowill.partnerhub.app.edi;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Builds X12 850 interchanges the way distributor ERPs send them, in either version and any separators. */
public final class X12Samples {

    /** One PO1 line: line number, quantity, SKU (VP) and requested delivery date. */
    public record Line(String number, String quantity, String sku, LocalDate requested) {
    }

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private X12Samples() {
    }

    /** A 004010 interchange with {@code * > ~} and a line break after each segment. */
    public static String v4010(int control, String sender, String po, String shipTo, List<Line> lines) {
        return interchange("00401", "004010", control, sender, po, shipTo, lines, '*', '>', 'U', "~\n");
    }

    /** A 005010 interchange with {@code | : ^} and {@code !} ending each segment, all on one line. */
    public static String v5010(int control, String sender, String po, String shipTo, List<Line> lines) {
        return interchange("00501", "005010", control, sender, po, shipTo, lines, '|', ':', '^', "!");
    }

    static String interchange(String isaVersion, String gsVersion, int control, String sender, String po,
            String shipTo, List<Line> lines, char e, char component, char repetition, String end) {
        StringBuilder sb = new StringBuilder();
        String ctl = String.format("%09d", control);
        sb.append(String.join(String.valueOf(e), "ISA", "00", " ".repeat(10), "00", " ".repeat(10), "ZZ",
                pad(sender), "ZZ", pad("HALOWILL"), "261129", "1200", String.valueOf(repetition), isaVersion, ctl,
                "0", "P", String.valueOf(component))).append(end);
        sb.append(join(e, "GS", "PO", sender, "HALOWILL", "20261129", "1200", Integer.toString(control), "X",
                gsVersion)).append(end);
        int segments = 0;
        StringBuilder tx = new StringBuilder();
        tx.append(join(e, "ST", "850", "0001")).append(end);
        tx.append(join(e, "BEG", "00", "SA", po, "", "20261129")).append(end);
        tx.append(join(e, "CUR", "BY", "USD")).append(end);
        tx.append(join(e, "N1", "ST", "Receiving dock", "92", shipTo)).append(end);
        segments += 4;
        for (Line l : lines) {
            tx.append(join(e, "PO1", l.number(), l.quantity(), "EA", "", "", "VP", l.sku())).append(end);
            tx.append(join(e, "DTM", "002", l.requested().format(CCYYMMDD))).append(end);
            segments += 2;
        }
        tx.append(join(e, "CTT", Integer.toString(lines.size()))).append(end);
        segments += 2;
        tx.append(join(e, "SE", Integer.toString(segments), "0001")).append(end);
        sb.append(tx);
        sb.append(join(e, "GE", "1", Integer.toString(control))).append(end);
        sb.append(join(e, "IEA", "1", ctl)).append(end);
        return sb.toString();
    }

    private static String join(char e, String... elements) {
        return String.join(String.valueOf(e), elements);
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }

    /** The segments of an X12 document, split at its segment terminator (the character after ISA16). */
    public static List<String> segments(String document) {
        char terminator = document.charAt(105);
        return java.util.Arrays.stream(document.split(java.util.regex.Pattern.quote(String.valueOf(terminator))))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
