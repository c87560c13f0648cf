package com.halowill.partnerhub.api.cxml;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The synchronous cXML Response: a Status with its code and text, under a new payloadID. */
final class CxmlResponse {

    private CxmlResponse() {
    }

    static String of(Instant now, int code, String text, String detail) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE cXML SYSTEM \"http://xml.cxml.org/schemas/cXML/1.2.014/cXML.dtd\">\n"
                + "<cXML payloadID=\"" + UUID.randomUUID() + "@partner-hub.halowill.com\" timestamp=\""
                + now.truncatedTo(ChronoUnit.SECONDS) + "\" xml:lang=\"en-US\">\n"
                + "  <Response>\n"
                + "    <Status code=\"" + code + "\" text=\"" + CxmlText.escape(text) + "\">"
                + (detail == null ? "" : CxmlText.escape(detail)) + "</Status>\n"
                + "  </Response>\n"
                + "</cXML>\n";
    }

    /** The text of a status code, as cXML names them. */
    static String text(int code) {
        return switch (code) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            default -> "Internal Server Error";
        };
    }
}
