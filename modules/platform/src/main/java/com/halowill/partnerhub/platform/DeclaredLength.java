package com.halowill.partnerhub.platform;

/** A request body's declared length, read from its Content-Length header as the API and the portal both limit it. */
public final class DeclaredLength {

    private DeclaredLength() {
    }

    /** 0 when none is declared, the most there is when it cannot be read (so an unreadable length is refused). */
    public static long of(String contentLength) {
        try {
            return contentLength == null ? 0 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
