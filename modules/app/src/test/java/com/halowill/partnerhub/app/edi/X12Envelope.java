package com.halowill.partnerhub.app.edi;

import java.util.ArrayList;
import java.util.List;

/**
 * An X12 reader of the tests' own, independent of StAEDI and of the application: it splits an interchange by the
 * separators its fixed-width ISA declares and checks the envelope as a trading partner's translator would: the ISA
 * is 106 characters, ISA13 = IEA02, IEA01 counts the groups, GS06 = GE02, GE01 counts the transactions, ST02 = SE02
 * and SE01 counts the segments from ST to SE. It fails with what is wrong, else answers the documents' types.
 */
final class X12Envelope {

    private X12Envelope() {
    }

    /** The transaction set ids (ST01) of a well-formed interchange, in order; an AssertionError when it is not. */
    static List<String> check(String interchange) {
        String text = interchange.stripLeading();
        if (text.length() < 106 || !text.startsWith("ISA")) {
            throw new AssertionError("not an interchange: " + interchange);
        }
        char element = text.charAt(3);
        char terminator = text.charAt(105);
        List<String[]> segments = new ArrayList<>();
        for (String raw : text.split(java.util.regex.Pattern.quote(String.valueOf(terminator)))) {
            String s = raw.strip();
            if (!s.isEmpty()) {
                segments.add(s.split(java.util.regex.Pattern.quote(String.valueOf(element)), -1));
            }
        }
        String[] isa = segments.get(0);
        expect(isa.length == 17, "ISA has 16 elements", interchange);
        expect(isa[13].matches("\\d{9}"), "ISA13 is nine digits", interchange);
        List<String> types = new ArrayList<>();
        int groups = 0;
        String groupControl = null;
        int transactions = 0;
        String transactionControl = null;
        int counted = 0;
        for (int i = 1; i < segments.size(); i++) {
            String[] s = segments.get(i);
            switch (s[0]) {
                case "GS" -> {
                    expect(groupControl == null, "GS inside a group", interchange);
                    groupControl = s[6];
                    transactions = 0;
                    groups++;
                }
                case "GE" -> {
                    expect(groupControl != null, "GE without GS", interchange);
                    expect(s[2].equals(groupControl), "GE02 " + s[2] + " = GS06 " + groupControl, interchange);
                    expect(Integer.parseInt(s[1]) == transactions, "GE01 " + s[1] + " counts " + transactions
                            + " transactions", interchange);
                    groupControl = null;
                }
                case "ST" -> {
                    expect(groupControl != null && transactionControl == null, "ST inside a group", interchange);
                    transactionControl = s[2];
                    types.add(s[1]);
                    transactions++;
                    counted = 1;
                }
                case "SE" -> {
                    counted++;
                    expect(transactionControl != null, "SE without ST", interchange);
                    expect(s[2].equals(transactionControl), "SE02 " + s[2] + " = ST02 " + transactionControl,
                            interchange);
                    expect(Integer.parseInt(s[1]) == counted, "SE01 " + s[1] + " counts " + counted + " segments",
                            interchange);
                    transactionControl = null;
                }
                case "IEA" -> {
                    expect(i == segments.size() - 1, "IEA ends the interchange", interchange);
                    expect(s[2].equals(isa[13]), "IEA02 " + s[2] + " = ISA13 " + isa[13], interchange);
                    expect(Integer.parseInt(s[1]) == groups, "IEA01 " + s[1] + " counts " + groups + " groups",
                            interchange);
                }
                default -> {
                    if (transactionControl != null) {
                        counted++;
                    } else {
                        expect(s[0].equals("TA1") && groups == 0, s[0] + " outside a transaction", interchange);
                        types.add("TA1");
                    }
                }
            }
        }
        expect(segments.get(segments.size() - 1)[0].equals("IEA"), "an IEA at the end", interchange);
        return types;
    }

    private static void expect(boolean ok, String what, String interchange) {
        if (!ok) {
            throw new AssertionError("X12 envelope: expected " + what + " in\n" + interchange);
        }
    }
}
