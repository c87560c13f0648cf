package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.Delimiters;
import com.halowill.partnerhub.api.edi.syntax.Party;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ISA read by its fixed positions alone, for an interchange the reader refused for one of its elements: enough to
 * answer it with a TA1 when it asked for one (ISA14 1) and its control number, date and time can be echoed.
 */
final class IsaHeader {

    /** TA105 note code for an invalid ISA element, by element position. */
    private static final Map<Integer, String> NOTE = Map.ofEntries(Map.entry(1, "010"), Map.entry(2, "011"),
            Map.entry(3, "012"), Map.entry(4, "013"), Map.entry(5, "005"), Map.entry(6, "006"), Map.entry(7, "007"),
            Map.entry(8, "008"), Map.entry(9, "014"), Map.entry(10, "015"), Map.entry(11, "016"),
            Map.entry(12, "017"), Map.entry(15, "020"), Map.entry(16, "027"));

    /** An ISA is fixed width: 106 characters, its segment terminator the last. */
    static final int LENGTH = 106;

    private IsaHeader() {
    }

    /** The text from its ISA on, when it starts with a whole one (leading white space skipped); empty otherwise. */
    static Optional<String> text(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1).stripLeading();
        return text.startsWith("ISA") && text.length() >= LENGTH ? Optional.of(text) : Optional.empty();
    }

    /** The element separator an ISA declares (its 4th character). */
    static char elementSeparator(String isaText) {
        return isaText.charAt(3);
    }

    /** The segment terminator an ISA declares (the character after ISA16). */
    static char segmentTerminator(String isaText) {
        return isaText.charAt(LENGTH - 1);
    }

    /**
     * The interchange to answer with a TA1 and its note code, when the ISA asked for one and can be echoed; empty
     * otherwise (the caller then answers with a problem).
     */
    static Optional<Map.Entry<Interchange, String>> refusal(byte[] body, int invalidElement) {
        String note = NOTE.get(invalidElement);
        Optional<String> isaText = text(body);
        if (note == null || isaText.isEmpty()) {
            return Optional.empty();
        }
        String text = isaText.get();
        char element = elementSeparator(text);
        String[] isa = text.substring(0, LENGTH - 1).split(Pattern.quote(String.valueOf(element)), -1);
        if (isa.length != 17 || !"1".equals(isa[14]) || !isa[13].matches("\\d{9}") || !isa[12].matches("\\d{5}")
                || !echoable(isa[9], isa[10])) {
            return Optional.empty();
        }
        char repetition = isa[11].length() == 1 && !isa[11].equals("U") ? isa[11].charAt(0) : Delimiters.NONE;
        Delimiters delimiters;
        try {
            delimiters = new Delimiters(segmentTerminator(text), element, text.charAt(LENGTH - 2), repetition);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Interchange interchange = new Interchange(isa[13], new Party(isa[5], isa[6].trim()),
                new Party(isa[7], isa[8].trim()), isa[12], isa[9], isa[10], "T".equals(isa[15]) ? "T" : "P", true,
                delimiters, List.of(), List.of());
        return Optional.of(Map.entry(interchange, note));
    }

    /** Whether ISA09 and ISA10 can be echoed in the TA1 (TA102, TA103): a real date and a real time. */
    private static boolean echoable(String yymmdd, String hhmm) {
        if (!yymmdd.matches("\\d{6}") || !hhmm.matches("\\d{4}")) {
            return false;
        }
        try {
            LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4)));
        } catch (DateTimeException e) {
            return false;
        }
        return Integer.parseInt(hhmm.substring(0, 2)) < 24 && Integer.parseInt(hhmm.substring(2)) < 60;
    }
}
