package com.halowill.partnerhub.orders;

import java.util.List;

/** A purchase order that failed validation; every error is reported at once and nothing was stored. */
public class OrderRejected extends RuntimeException {

    private final List<FieldError> errors;

    public OrderRejected(List<FieldError> errors) {
        super(errors.size() + " validation error(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
