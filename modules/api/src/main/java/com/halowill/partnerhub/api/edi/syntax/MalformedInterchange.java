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
    private final int isaElement;

    public MalformedInterchange(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
        this.isaElement = 0;
    }

    /** An ISA whose element {@code isaElement} (1 to 16) is invalid. */
    public MalformedInterchange(String message, int isaElement) {
        super(Reason.INVALID_HEADER + ": " + message);
        this.reason = Reason.INVALID_HEADER;
        this.isaElement = isaElement;
    }

    public MalformedInterchange(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The ISA element found invalid, 0 when the error is not one ISA element's. */
    public int isaElement() {
        return isaElement;
    }
}
