package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.EnvelopeError;
import com.halowill.partnerhub.api.edi.syntax.SegmentBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Gathers header data, errors and the values of one 850, 860 or 830 transaction while it is being read. */
final class TransactionCollector {

    static final String PURCHASE_ORDER = "850";
    static final String PURCHASE_ORDER_CHANGE = "860";
    static final String PLANNING_SCHEDULE = "830";
    static final Set<String> SUPPORTED_TYPES = Set.of(PURCHASE_ORDER, PURCHASE_ORDER_CHANGE, PLANNING_SCHEDULE);
    static final int MAX_ERRORS = 200;

    private final String groupControlNumber;
    private final int stPosition;
    private TransactionExtractor extractor = new PurchaseOrderExtractor();
    private final List<X12Error> errors = new ArrayList<>();
    private final List<EnvelopeError> envelopeErrors = new ArrayList<>();
    private String type;
    private String controlNumber;
    private int omittedErrors;

    /** {@code stPosition} is the interchange-wide position of the ST segment. */
    TransactionCollector(String groupControlNumber, int stPosition) {
        this.groupControlNumber = groupControlNumber;
        this.stPosition = stPosition;
    }

    /** Position counted from ST = 1, from a StAEDI interchange-wide position. */
    int relative(int interchangePosition) {
        return interchangePosition - stPosition + 1;
    }

    void header(SegmentBuffer st) {
        if (type != null || controlNumber != null) {
            return; // a second ST before SE: the trailer is missing, already reported as AK502 2
        }
        type = st.get(1);
        controlNumber = st.get(2);
        if (PURCHASE_ORDER_CHANGE.equals(type)) {
            extractor = new PurchaseOrderChangeExtractor();
        } else if (PLANNING_SCHEDULE.equals(type)) {
            extractor = new PlanningScheduleExtractor();
        }
        if (type != null && !SUPPORTED_TYPES.contains(type)) {
            envelopeErrors.add(new EnvelopeError("1", "transaction set " + type + " not supported"));
        }
    }

    boolean supported() {
        return type == null || SUPPORTED_TYPES.contains(type);
    }

    void segment(SegmentBuffer segment, Collection<String> loops) {
        if (supported()) {
            extractor.accept(segment, relative(segment.position()), loops);
        }
    }

    void error(X12Error error) {
        if (!supported()) {
            return;
        }
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
        } else {
            omittedErrors++;
        }
    }

    void envelopeError(EnvelopeError error) {
        if (!envelopeErrors.contains(error)) {
            envelopeErrors.add(error);
        }
    }

    ReceivedTransaction finish() {
        boolean clean = errors.isEmpty() && envelopeErrors.isEmpty() && omittedErrors == 0;
        return new ReceivedTransaction(groupControlNumber, type, controlNumber, clean ? extractor.build() : null,
                errors, envelopeErrors, omittedErrors);
    }
}
