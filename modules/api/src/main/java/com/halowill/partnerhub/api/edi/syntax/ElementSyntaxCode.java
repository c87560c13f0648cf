package com.halowill.partnerhub.api.edi.syntax;

/** X12 data element syntax error codes (data element 723, reported in AK403). */
public enum ElementSyntaxCode {
    MANDATORY_ELEMENT_MISSING("1", "1"),
    CONDITIONAL_REQUIRED_ELEMENT_MISSING("2", "2"),
    TOO_MANY_DATA_ELEMENTS("3", "3"),
    DATA_ELEMENT_TOO_SHORT("4", "4"),
    DATA_ELEMENT_TOO_LONG("5", "5"),
    INVALID_CHARACTER("6", "6"),
    INVALID_CODE_VALUE("7", "7"),
    INVALID_DATE("8", "8"),
    INVALID_TIME("9", "9"),
    EXCLUSION_CONDITION_VIOLATED("10", "10"),
    TOO_MANY_REPETITIONS("12", "3"),
    TOO_MANY_COMPONENTS("13", "3"),
    CODE_VALUE_NOT_USED_IN_IMPLEMENTATION("I6", "7"),
    IMPLEMENTATION_DEPENDENT_ELEMENT_MISSING("I9", "1"),
    IMPLEMENTATION_NOT_USED_ELEMENT_PRESENT("I10", "3"),
    IMPLEMENTATION_TOO_FEW_REPETITIONS("I11", "1"),
    IMPLEMENTATION_PATTERN_MATCH_FAILURE("I12", "6"),
    IMPLEMENTATION_DEPENDENT_NOT_USED_ELEMENT_PRESENT("I13", "3");

    private final String code;
    private final String release4Code;

    ElementSyntaxCode(String code, String release4Code) {
        this.code = code;
        this.release4Code = release4Code;
    }

    /** The 005010 code. */
    public String code() {
        return code;
    }

    /** The code valid in a 997 of the given GS08 version (12, 13 and I-codes fall back before 005010). */
    public String codeFor(String groupVersion) {
        return X12Version.isRelease5(groupVersion) ? code : release4Code;
    }

    public static ElementSyntaxCode ofCode(String code) {
        for (ElementSyntaxCode c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }
}
