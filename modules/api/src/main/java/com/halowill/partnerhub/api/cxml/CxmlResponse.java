package com.halowill.partnerhub.api.cxml;

import java.time.Instant;

/** The synchronous cXML Response: a Status with its code and text, under a new payloadID. */
final class CxmlResponse {

    private CxmlResponse() {
    }

    static String of(Instant now, int code, String text, String detail) {
        return CxmlText.open(now) + "  <Response>\n"
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
            case 429 -> "Too Many Requests";
            default -> "Internal Server Error";
        };
    }
}
