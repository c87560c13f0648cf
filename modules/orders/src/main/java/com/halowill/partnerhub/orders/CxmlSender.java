package com.halowill.partnerhub.orders;
import com.halowill.partnerhub.catalog.DistributorCode;

import java.time.Instant;

/**
 * The credential a distributor's procurement network sends cXML orders with: the Sender's credential domain and
 * identity (its shared secret is kept only as a salted hash), kept by ops.
 */
public record CxmlSender(DistributorCode distributor, String domain, String identity, Instant updatedAt,
        String updatedBy) {
}
