package com.halowill.partnerhub.api.edi.inbound;

import java.util.List;

/** The caller's business verdict on a transaction for the 997: errors noted (AK5 E) or rejected (AK5 R). */
public record BusinessReview(List<X12Error> errors, boolean reject) {

    public BusinessReview {
        errors = List.copyOf(errors);
    }

    public static BusinessReview accepted() {
        return new BusinessReview(List.of(), false);
    }

    public static BusinessReview acceptedWithErrors(List<X12Error> errors) {
        return new BusinessReview(errors, false);
    }

    public static BusinessReview rejected(List<X12Error> errors) {
        return new BusinessReview(errors, true);
    }
}
