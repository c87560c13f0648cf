package com.halowill.partnerhub.orders;

/** One validation failure, located by a path such as {@code lines[2].quantity}. */
public record FieldError(String field, String message) {
}
