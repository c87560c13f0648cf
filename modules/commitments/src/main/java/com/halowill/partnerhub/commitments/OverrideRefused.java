package com.halowill.partnerhub.commitments;

/** An override the supply cannot honour, or that breaks a rule; nothing was changed. */
public class OverrideRefused extends RuntimeException {

    public OverrideRefused(String message) {
        super(message);
    }
}
