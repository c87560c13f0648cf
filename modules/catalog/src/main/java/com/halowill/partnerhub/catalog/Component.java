package com.halowill.partnerhub.catalog;

/** A laser chip or DSP that products are built from; constrained ones cap output. */
public record Component(String code, String name, boolean constrained, String notes) {
}
