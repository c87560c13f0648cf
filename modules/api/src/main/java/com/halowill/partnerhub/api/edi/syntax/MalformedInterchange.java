package com.halowill.partnerhub.api.edi.syntax;

/** Thrown when input cannot be read as one X12 interchange at all; no 997 can be produced for it. */
public class MalformedInterchange extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the input was refused. */
    public enum Reason {
        EMPTY,
        NOT_X12,
        INVALID_HEADER,
        TRUNCATED,
        SYNTAX,
        TOO_LARGE,
        TRAILING_DATA
    }

    private final Reason reason;

    public MalformedInterchange(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public MalformedInterchange(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
