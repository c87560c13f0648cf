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

    /**
     * An 850 as SAP sends it (004010, {@code * > ~}): contract, contact, FOB, terms, carrier, notes, the ship-to with
     * its address, and lines carrying the buyer's and the vendor's part numbers, a description, a measurement, the
     * price basis and no DTM but a schedule of two SCH dates, then the totals with an amount. Every segment is one a
     * real 850 may carry; the order needs only some of them. The sender is a DUNS number (ISA qualifier 01) and its
     * GS application id {@code SAPERP}, as an SAP system behind a VAN sends.
     */
    public static String sapStyle(int control, String sender, String po, String shipTo, String sku, int firstQuantity,
            LocalDate first, int secondQuantity, LocalDate second) {
        String e = "*";
        String end = "~\n";
        String ctl = String.format("%09d", control);
        List<String> tx = List.of(
                "ST*850*0001",
                "BEG*00*NE*" + po + "**20261129",
                "CUR*BY*USD",
                "REF*CT*4600001234",
                "REF*IA*0000100234",
                "PER*BD*Jane Planner*TE*+1 206 555 0100*EM*jane.planner@example.com",
                "FOB*PP*ZZ*Incoterms FCA",
                "ITD*01*3*2**30**45*****2% 30 net 45",
                "DTM*004*20261129",
                "TD5*B*2*FDEG*M*FedEx Ground",
                "N9*L1**General notes",
                "MSG*Please ship complete and label each carton with the PO number",
                "N1*ST*Receiving dock*92*" + shipTo,
                "N3*1200 Harbor Way",
                "N4*Seattle*WA*98101*US",
                "N1*BT*Accounts payable*92*AP-001",
                "PO1*00010*" + (firstQuantity + secondQuantity) + "*EA*1250.00*PE*BP*MAT-800-DR8*VP*" + sku,
                "PID*F****800G transceiver",
                "MEA*PD*WT*0.2*KG",
                "REF*PO*" + po + "-10",
                "MSG*Line note from the buyer",
                "SCH*" + secondQuantity + "*EA***002*" + second.format(CCYYMMDD),
                "SCH*" + firstQuantity + "*EA***002*" + first.format(CCYYMMDD),
                "CTT*1*" + (firstQuantity + secondQuantity),
                "AMT*TT*" + (firstQuantity + secondQuantity) * 1250);
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(e, "ISA", "00", " ".repeat(10), "00", " ".repeat(10), "01", pad(sender), "ZZ",
                pad("HALOWILL"), "261129", "1200", "U", "00401", ctl, "0", "P", ">")).append(end);
        sb.append(String.join(e, "GS", "PO", "SAPERP", "HALOWILL", "20261129", "1200", Integer.toString(control),
                "X", "004010")).append(end);
        tx.forEach(t -> sb.append(t).append(end));
        sb.append("SE*").append(tx.size() + 1).append("*0001").append(end);
        sb.append(String.join(e, "GE", "1", Integer.toString(control))).append(end);
        sb.append(String.join(e, "IEA", "1", ctl)).append(end);
        return sb.toString();
    }

    /**
     * An interchange of one 860 purchase order change (004010, {@code * > ~}, group PC) carrying the transaction
     * segments given between ST and SE, as the ERP's {@code sender} sends it.
     */
    public static String change(int control, String sender, List<String> transaction) {
        return single(control, sender, "PC", "860", transaction);
    }

    /** An interchange of one 830 planning schedule (004010, {@code * > ~}, group PS) with the segments given. */
    public static String planningSchedule(int control, String sender, List<String> transaction) {
        return single(control, sender, "PS", "830", transaction);
    }

    private static String single(int control, String sender, String group, String type, List<String> transaction) {
        String end = "~\n";
        String ctl = String.format("%09d", control);
        StringBuilder sb = new StringBuilder();
        sb.append(String.join("*", "ISA", "00", " ".repeat(10), "00", " ".repeat(10), "ZZ", pad(sender), "ZZ",
                pad("HALOWILL"), "261201", "0900", "U", "00401", ctl, "0", "P", ">")).append(end);
        sb.append(String.join("*", "GS", group, sender, "HALOWILL", "20261201", "0900", Integer.toString(control),
                "X", "004010")).append(end);
        sb.append("ST*").append(type).append("*0001").append(end);
        transaction.forEach(t -> sb.append(t).append(end));
        sb.append("SE*").append(transaction.size() + 2).append("*0001").append(end);
        sb.append(String.join("*", "GE", "1", Integer.toString(control))).append(end);
        sb.append(String.join("*", "IEA", "1", ctl)).append(end);
        return sb.toString();
    }

    /**
     * An 850 in 005010 with {@code | : ^} and {@code !}, as an Oracle or Epicor translator writes it, carrying every
     * segment the issue names at header and line level (CUR, REF, PER, TAX, FOB, CTP, CSH, SAC, ITD, DIS, DTM, TD1,
     * TD5, TD3, TD4, MAN, N9/MSG, N1-N4 with REF and PER, PO1 with LIN, PID, MEA, PO4, REF, PER, SAC, CSH, ITD, TAX,
     * FOB, DTM, TD1, TD5, MSG, SCH, the line's N1, CTT and AMT), in the order the 850 defines them.
     */
    public static String everySegment(int control, String sender, String po, String shipTo, String sku, int quantity,
            LocalDate requested) {
        String date = requested.format(CCYYMMDD);
        List<String> tx = List.of(
                "ST|850|0001",
                "BEG|00|SA|" + po + "||20261201",
                "CUR|BY|USD",
                "REF|CT|LTA-CONTRACT-7",
                "REF|VN|V-100",
                "PER|BD|Pat Buyer|TE|+1 312 555 0100",
                "TAX|EX-4411|IL",
                "FOB|PP|ZZ|Incoterms FCA",
                "CTP||CON|1250",
                "CSH|SC",
                "SAC|N|D240|||0|||||||||||Freight included",
                "CUR|BY|USD",
                "ITD|01|3|2||30||45",
                "DIS|FR|DAY|30",
                "DTM|002|" + date,
                "TD1|CTN|2",
                "TD5|B|2|UPSN|M|UPS Ground",
                "TD3|TL",
                "TD4|ZZZ",
                "MAN|GM|SHIP-MARKS",
                "N9|L1||Buyer notes",
                "MSG|Deliver to dock 3",
                "N1|ST|Receiving|92|" + shipTo,
                "N2|Building 4",
                "N3|100 Logistics Way",
                "N4|Chicago|IL|60607|US",
                "REF|DP|RECV",
                "PER|RE|Dock lead|TE|+1 312 555 0101",
                "N1|BT|Accounts payable|92|AP-9",
                "PO1|1|" + quantity + "|EA|1250.00|PE|VP|" + sku + "|BP|ORA-ITEM-1",
                "LIN||MG|HW-MFG-1",
                "PID|F||||Transceiver",
                "MEA|PD|WT|0.2|KG",
                "PO4|1|1|EA",
                "REF|PO|" + po + "-1",
                "PER|BD|Pat Buyer",
                "SAC|N|D240|||0",
                "CSH|SC",
                "ITD|01|3",
                "TAX|EX-4411",
                "FOB|PP",
                "DTM|002|" + date,
                "TD1|CTN|1",
                "TD5|B|2|UPSN",
                "MSG|Line note",
                "SCH|" + quantity + "|EA|||002|" + date,
                "N1|ST|Receiving|92|" + shipTo,
                "CTT|1|" + quantity,
                "AMT|TT|" + quantity * 1250);
        String ctl = String.format("%09d", control);
        StringBuilder sb = new StringBuilder();
        sb.append(String.join("|", "ISA", "00", " ".repeat(10), "00", " ".repeat(10), "ZZ", pad(sender), "ZZ",
                pad("HALOWILL"), "261201", "0900", "^", "00501", ctl, "0", "P", ":")).append("!");
        sb.append(String.join("|", "GS", "PO", sender, "HALOWILL", "20261201", "0900", Integer.toString(control),
                "X", "005010")).append("!");
        tx.forEach(t -> sb.append(t).append("!"));
        sb.append("SE|").append(tx.size() + 1).append("|0001!");
        sb.append(String.join("|", "GE", "1", Integer.toString(control))).append("!");
        sb.append(String.join("|", "IEA", "1", ctl)).append("!");
        return sb.toString();
    }

    private static String join(char e, String... elements) {
        return String.join(String.valueOf(e), elements);
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }

    /** The segments of an X12 document, split at its segment terminator (the character after ISA16). */
    /** One 004010 interchange carrying one 850 per PO number, in one group (ST control numbers 0001, 0002, ...). */
    public static String manyOrders(int control, String sender, List<String> poNumbers, String shipTo, Line line) {
        StringBuilder body = new StringBuilder();
        String first = null;
        for (int i = 0; i < poNumbers.size(); i++) {
            String one = v4010(control, sender, poNumbers.get(i), shipTo, List.of(line));
            if (first == null) {
                first = one;
            }
            String st = one.substring(one.indexOf("ST*850*"), one.indexOf("GE*"));
            body.append(st.replace("ST*850*0001", "ST*850*" + String.format("%04d", i + 1))
                    .replaceAll("SE\\*(\\d+)\\*0001", "SE*$1*" + String.format("%04d", i + 1)));
        }
        String head = first.substring(0, first.indexOf("ST*850*"));
        String tail = first.substring(first.indexOf("GE*")).replaceFirst("GE\\*1\\*", "GE*" + poNumbers.size() + "*");
        return head + body + tail;
    }

    public static List<String> segments(String document) {
        char terminator = document.charAt(105);
        return java.util.Arrays.stream(document.split(java.util.regex.Pattern.quote(String.valueOf(terminator))))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
