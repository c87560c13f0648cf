package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.EnvelopeError;
import com.halowill.partnerhub.api.edi.syntax.SegmentBuffer;
import com.halowill.partnerhub.api.edi.syntax.X12Version;
import java.util.ArrayList;
import java.util.List;

/** Gathers the header, trailer, transactions and errors of one functional group while it is being read. */
final class GroupCollector {

    /** Groups read: purchase orders (850), purchase order changes (860) and planning schedules (830). */
    static final java.util.Set<String> GROUPS = java.util.Set.of("PO", "PC", "PS");

    private final List<ReceivedTransaction> transactions = new ArrayList<>();
    private final List<EnvelopeError> errors = new ArrayList<>();
    private SegmentBuffer gs;
    private String declaredCount;

    void header(SegmentBuffer gs) {
        this.gs = gs;
        if (!GROUPS.contains(gs.get(1))) {
            errors.add(new EnvelopeError("1", "functional group " + gs.get(1) + " not supported"));
        }
        if (X12Version.ofGroupVersion(gs.get(8)) == null) {
            errors.add(new EnvelopeError("2", "functional group version " + gs.get(8) + " not supported"));
        }
    }

    void trailer(SegmentBuffer ge) {
        declaredCount = ge.get(1);
    }

    String controlNumber() {
        return gs == null ? null : gs.get(6);
    }

    void add(ReceivedTransaction transaction) {
        transactions.add(transaction);
    }

    void error(EnvelopeError error) {
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    FunctionalGroup finish() {
        return new FunctionalGroup(gs.get(1), gs.get(2), gs.get(3), gs.get(6), gs.get(8), declaredCount,
                transactions, errors);
    }
}
