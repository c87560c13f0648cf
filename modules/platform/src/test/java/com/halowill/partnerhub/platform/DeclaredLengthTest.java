package com.halowill.partnerhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeclaredLengthTest {

    @Test
    void a_length_that_cannot_be_read_counts_as_too_large_and_none_as_empty() {
        assertEquals(1024, DeclaredLength.of(" 1024 "));
        assertEquals(0, DeclaredLength.of(null));
        assertEquals(Long.MAX_VALUE, DeclaredLength.of("12kB"));
        assertEquals(Long.MAX_VALUE, DeclaredLength.of("99999999999999999999"));
    }
}
