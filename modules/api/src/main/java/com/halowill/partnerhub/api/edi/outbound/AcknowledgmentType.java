package com.halowill.partnerhub.api.edi.outbound;

/** BAK02 acknowledgment type of an 855 (X12 element 587). */
public enum AcknowledgmentType {
    ACCEPTED_WITH_DETAIL_AND_CHANGES("AC"),
    ACCEPTED_WITH_DETAIL_NO_CHANGES("AD"),
    ACCEPTED_WITH_EXCEPTION_DETAIL_ONLY("AE"),
    ACCEPTED_NO_DETAIL_OR_CHANGES("AK"),
    REJECTED_WITH_DETAIL("RD"),
    REJECTED_NO_DETAIL("RJ");

    private final String code;

    AcknowledgmentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
