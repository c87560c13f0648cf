package com.halowill.partnerhub.api.edi.syntax;

/** An envelope/control error with the X12 code of its level (AK502 transaction, AK905 group, TA105 interchange; null if none fits). */
public record EnvelopeError(String code, String description) {
}
