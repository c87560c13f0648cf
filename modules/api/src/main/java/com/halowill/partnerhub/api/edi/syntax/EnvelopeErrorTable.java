package com.halowill.partnerhub.api.edi.syntax;

import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * Maps StAEDI errors on envelope segments to the X12 code of their level.
 *
 * <pre>
 * ST01 any error            AK502 6  missing or invalid transaction set identifier
 * ST02 any error            AK502 7  missing or invalid transaction set control number
 * SE01 any error / count    AK502 4  number of included segments does not match actual count
 * SE02 any error / mismatch AK502 3  control number in header and trailer do not match
 * SE missing (ST/GE first)  AK502 2  transaction set trailer missing
 * GS06 any error            AK905 6  group control number violates syntax
 * GE01 any error / count    AK905 5  number of included transaction sets does not match actual count
 * GE02 any error / mismatch AK905 4  group control number in header and trailer do not agree
 * GE missing                AK905 3  functional group trailer missing
 * IEA01 any error / count   TA105 021 invalid number of included groups value
 * IEA02 any error / mismatch TA105 001 interchange control number in header and trailer do not match
 * anything else on GS/GE/IEA: no X12 code (null), described in text
 * </pre>
 */
public final class EnvelopeErrorTable {

    private EnvelopeErrorTable() {
    }

    /** AK502 code for an error on ST/SE (or a foreign envelope segment met inside a transaction), null if not envelope. */
    public static String transactionCode(String tag, boolean segmentError, int elementPosition) {
        if (segmentError) {
            return isEnvelopeTag(tag) ? "2" : null;
        }
        switch (tag) {
        case "ST":
            return elementPosition == 1 ? "6" : elementPosition == 2 ? "7" : null;
        case "SE":
            return elementPosition == 2 ? "3" : "4";
        default:
            return null;
        }
    }

    /** AK905 code for an error on GS/GE, or null. */
    public static String groupCode(String tag, boolean segmentError, int elementPosition) {
        if (segmentError) {
            return "GE".equals(tag) ? "3" : null;
        }
        if ("GS".equals(tag)) {
            return elementPosition == 6 ? "6" : null;
        }
        if ("GE".equals(tag)) {
            return elementPosition == 2 ? "4" : "5";
        }
        return null;
    }

    /** TA105 code for an error on IEA, or null. */
    public static String interchangeCode(String tag, int elementPosition) {
        if (!"IEA".equals(tag)) {
            return null;
        }
        return elementPosition == 2 ? "001" : "021";
    }

    public static boolean isEnvelopeTag(String tag) {
        return "ST".equals(tag) || "SE".equals(tag) || "GS".equals(tag) || "GE".equals(tag)
                || "ISA".equals(tag) || "IEA".equals(tag);
    }

    public static String describe(EDIStreamValidationError error, String tag, int elementPosition, String value) {
        StringBuilder text = new StringBuilder(error.name()).append(" at ").append(tag);
        if (elementPosition > 0) {
            text.append(String.format("%02d", elementPosition));
        }
        if (value != null && !value.isEmpty()) {
            text.append(" value '").append(value).append('\'');
        }
        return text.toString();
    }
}
