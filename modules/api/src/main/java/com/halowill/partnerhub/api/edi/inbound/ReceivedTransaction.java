package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.EnvelopeError;
import com.halowill.partnerhub.api.edi.syntax.TransactionKey;
import java.util.List;

/**
 * One received transaction set: what was extracted from it when it is free of errors (a purchase order, a change, a
 * planning schedule), or its errors.
 */
public record ReceivedTransaction(
        String groupControlNumber,          // GS06 of the enclosing group
        String type,                        // ST01
        String controlNumber,               // ST02
        Object content,                     // PurchaseOrder, PurchaseOrderChange or ReceivedPlanningSchedule; null with errors
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

    /** The 850, or null. */
    public PurchaseOrder order() {
        return content instanceof PurchaseOrder o ? o : null;
    }

    /** The 860, or null. */
    public PurchaseOrderChange change() {
        return content instanceof PurchaseOrderChange c ? c : null;
    }

    /** The 830, or null. */
    public ReceivedPlanningSchedule schedule() {
        return content instanceof ReceivedPlanningSchedule s ? s : null;
    }

    public boolean hasOrder() {
        return order() != null;
    }

    public boolean hasChange() {
        return change() != null;
    }

    public boolean hasSchedule() {
        return schedule() != null;
    }
}
