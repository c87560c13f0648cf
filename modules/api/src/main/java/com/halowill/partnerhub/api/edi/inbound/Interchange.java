package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.Delimiters;
import com.halowill.partnerhub.api.edi.syntax.EnvelopeError;
import com.halowill.partnerhub.api.edi.syntax.Party;
import java.util.List;

/** A received X12 interchange with its envelope data, delimiters, functional groups and trailer errors. */
public record Interchange(
        String controlNumber,         // ISA13
        Party sender,                 // ISA05/ISA06 (trimmed)
        Party receiver,               // ISA07/ISA08 (trimmed)
        String version,               // ISA12
        String date,                  // ISA09 (YYMMDD)
        String time,                  // ISA10 (HHMM)
        String usageIndicator,        // ISA15 (P or T)
        boolean acknowledgmentRequested, // ISA14 = 1: the sender wants a TA1
        Delimiters delimiters,        // as used by the sender
        List<FunctionalGroup> groups,
        List<EnvelopeError> errors) { // TA105-coded IEA errors (001 control number, 021 group count)

    public Interchange {
        groups = List.copyOf(groups);
        errors = List.copyOf(errors);
    }
}
