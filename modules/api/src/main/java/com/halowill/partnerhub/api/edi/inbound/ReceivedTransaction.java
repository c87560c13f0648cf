package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.EnvelopeError;
import com.halowill.partnerhub.api.edi.syntax.TransactionKey;
import java.util.List;

/** One received transaction set: an extracted purchase order or change ({@code order}, {@code change}), or its errors. */
public record ReceivedTransaction(
        String groupControlNumber,          // GS06 of the enclosing group
        String type,                        // ST01
        String controlNumber,               // ST02
        PurchaseOrder order,                // an 850 free of errors, else null
        PurchaseOrderChange change,         // an 860 free of errors, else null
        List<X12Error> errors,              // AK3/AK4 errors
        List<EnvelopeError> envelopeErrors, // AK502-coded: unsupported type, SE count/control mismatch, SE missing
        int omittedErrors) {                // errors dropped beyond the per-transaction cap (200)

    public ReceivedTransaction {
        errors = List.copyOf(errors);
        envelopeErrors = List.copyOf(envelopeErrors);
    }

    public TransactionKey key() {
        return new TransactionKey(groupControlNumber, controlNumber);
    }

    public boolean hasOrder() {
        return order != null;
    }

    public boolean hasChange() {
        return change != null;
    }
}
