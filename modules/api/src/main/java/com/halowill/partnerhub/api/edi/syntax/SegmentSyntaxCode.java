package com.halowill.partnerhub.api.edi.syntax;

/** X12 segment syntax error codes (data element 720, reported in AK304). */
public enum SegmentSyntaxCode {
    UNRECOGNIZED_SEGMENT_ID("1", "1"),
    UNEXPECTED_SEGMENT("2", "2"),
    MANDATORY_SEGMENT_MISSING("3", "3"),
    LOOP_OCCURS_OVER_MAXIMUM_TIMES("4", "4"),
    SEGMENT_EXCEEDS_MAXIMUM_USE("5", "5"),
    SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET("6", "6"),
    SEGMENT_NOT_IN_PROPER_SEQUENCE("7", "7"),
    SEGMENT_HAS_DATA_ELEMENT_ERRORS("8", "8"),
    IMPLEMENTATION_NOT_USED_SEGMENT_PRESENT("I4", "2"),
    IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING("I6", "3"),
    IMPLEMENTATION_LOOP_UNDER_MINIMUM_TIMES("I7", "3"),
    IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE("I8", "3"),
    IMPLEMENTATION_DEPENDENT_NOT_USED_SEGMENT_PRESENT("I9", "2");

    private final String code;
    private final String release4Code;

    SegmentSyntaxCode(String code, String release4Code) {
        this.code = code;
        this.release4Code = release4Code;
    }

    /** The 005010 code. */
    public String code() {
        return code;
    }

    /** The code valid in a 997 of the given GS08 version (I-codes fall back to the nearest numeric code before 005010). */
    public String codeFor(String groupVersion) {
        return X12Version.isRelease5(groupVersion) ? code : release4Code;
    }

    public static SegmentSyntaxCode ofCode(String code) {
        for (SegmentSyntaxCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
