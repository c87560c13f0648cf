package com.halowill.partnerhub.api.cxml;

/** A cXML document answered with an error status (400, 401, 406, 409): its code and readable text. */
public final class CxmlRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final int code;

    public CxmlRefused(int code, String text) {
        super(text);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
