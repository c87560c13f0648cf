package com.halowill.partnerhub.api.edi.outbound;

/** ACK01 line item status of an 855 or 865 schedule entry (X12 element 668). */
public enum LineStatus {
    ACCEPTED("IA"),
    DATE_RESCHEDULED("DR"),
    QUANTITY_CHANGED("IQ"),
    BACKORDERED("IB"),
    REJECTED("IR"),
    DELETED("ID"),
    ON_HOLD("IH");

    private final String code;

    LineStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
