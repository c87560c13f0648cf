package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.DistributorCode;

import java.util.List;

/** A purchase order as a distributor submits it, from any channel, with its idempotency key. */
public record SubmitOrder(DistributorCode distributor, String idempotencyKey, Channel channel, String poNumber,
        String shipTo, String currency, List<SubmitLine> lines, String note, String submittedBy) {
}
