package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.EnvelopeError;
import java.util.List;

/** A received functional group (GS..GE) with its transactions and AK905-coded errors. */
public record FunctionalGroup(
        String functionalId,             // GS01
        String applicationSender,        // GS02
        String applicationReceiver,      // GS03
        String controlNumber,            // GS06
        String version,                  // GS08
        String declaredTransactionCount, // GE01 as received
        List<ReceivedTransaction> transactions,
        List<EnvelopeError> errors) {

    public FunctionalGroup {
        transactions = List.copyOf(transactions);
        errors = List.copyOf(errors);
    }
}
