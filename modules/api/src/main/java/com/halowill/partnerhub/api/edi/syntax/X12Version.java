package com.halowill.partnerhub.api.edi.syntax;

/** X12 versions the hub writes: interchange (ISA12) and functional group (GS08) version codes. */
public enum X12Version {
    V004010("00401", "004010"),
    V005010("00501", "005010");

    private final String interchangeVersion;
    private final String groupVersion;

    X12Version(String interchangeVersion, String groupVersion) {
        this.interchangeVersion = interchangeVersion;
        this.groupVersion = groupVersion;
    }

    public String interchangeVersion() {
        return interchangeVersion;
    }

    public String groupVersion() {
        return groupVersion;
    }

    /** Whether ISA11 carries a repetition separator (00402 and later) instead of the literal {@code U}. */
    public static boolean hasRepetitionSeparator(String interchangeVersion) {
        return interchangeVersion.compareTo("00402") >= 0;
    }

    /** Whether a GS08 version uses the 005010 acknowledgment layout (AK103, AK203, C030-3, I-codes). */
    public static boolean isRelease5(String groupVersion) {
        return groupVersion != null && groupVersion.compareTo("005") >= 0;
    }

    /** The supported version a GS08 value belongs to, or null. */
    public static X12Version ofGroupVersion(String gs08) {
        for (X12Version v : values()) {
            if (gs08 != null && gs08.startsWith(v.groupVersion)) {
                return v;
            }
        }
        return null;
    }
}
