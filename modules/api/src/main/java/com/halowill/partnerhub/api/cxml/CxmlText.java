package com.halowill.partnerhub.api.cxml;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** What every cXML document HaloWill writes shares: its prolog and root, times, and escaped text. */
final class CxmlText {

    private CxmlText() {
    }

    /** The XML declaration, the DOCTYPE naming the cXML 1.2 DTD and the cXML root's start, under a new payloadID. */
    static String open(Instant now) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE cXML SYSTEM \"http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd\">\n"
                + "<cXML payloadID=\"" + UUID.randomUUID() + "@partner-hub.halowill.com\" timestamp=\"" + time(now)
                + "\" xml:lang=\"en-US\">\n";
    }

    /** A cXML timestamp: the instant to the second, in UTC. */
    static String time(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
