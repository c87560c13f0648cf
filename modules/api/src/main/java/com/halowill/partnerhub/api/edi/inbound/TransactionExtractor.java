package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.SegmentBuffer;
import java.util.Collection;

/** Collects what the hub uses of one transaction set while its segments are read. */
interface TransactionExtractor {

    /** Accepts a transaction segment; {@code loops} are the open loop codes, {@code position} counts from ST = 1. */
    void accept(SegmentBuffer segment, int position, Collection<String> loops);

    /** What was collected: a {@link PurchaseOrder} for an 850, a {@link PurchaseOrderChange} for an 860. */
    Object build();
}
