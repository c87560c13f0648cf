package com.halowill.partnerhub.app.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests' own X12 reader accepts a well-formed interchange and catches each envelope count or number that lies. */
class X12EnvelopeTest {

    private static final String GOOD = X12Samples.v4010(123, "CASC", "PO-1", "CASC-SEA", List.of(
            new X12Samples.Line("1", "10", "HW-OSFP-800G-DR8", LocalDate.of(2027, 1, 8))));

    @Test
    void a_well_formed_interchange_reads_and_each_lie_in_its_envelope_is_caught() {
        assertEquals(List.of("850"), X12Envelope.check(GOOD));
        assertThrows(AssertionError.class, () -> X12Envelope.check(GOOD.replaceFirst("SE\\*(\\d+)\\*", "SE*99*")));
        assertThrows(AssertionError.class, () -> X12Envelope.check(GOOD.replace("SE*", "SE*").replaceFirst(
                "(SE\\*\\d+\\*)0001", "$10002")));
        assertThrows(AssertionError.class, () -> X12Envelope.check(GOOD.replace("GE*1*", "GE*2*")));
        assertThrows(AssertionError.class, () -> X12Envelope.check(GOOD.replace("IEA*1*", "IEA*2*")));
        assertThrows(AssertionError.class, () -> X12Envelope.check(GOOD.replace("IEA*1*000000123", "IEA*1*000000124")));
        assertThrows(AssertionError.class, () -> X12Envelope.check(GOOD.substring(0, GOOD.indexOf("GE*"))));
    }
}
