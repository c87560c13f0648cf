package com.halowill.partnerhub.api.edi.syntax;

/** An interchange party: ISA qualifier (ISA05/07) and id (ISA06/08, also used as GS02/GS03). */
public record Party(String qualifier, String id) {

    public Party {
        if (qualifier == null || qualifier.length() != 2) {
            throw new IllegalArgumentException("Party qualifier must have 2 characters: " + qualifier);
        }
        if (id == null || id.isBlank() || id.length() < 2 || id.length() > 15) {
            throw new IllegalArgumentException("Party id must have 2 to 15 characters (ISA06/08 and GS02/03): " + id);
        }
    }
}
