package com.halowill.partnerhub.api.cxml;

import java.util.List;

/** What Partner Hub reads of a valid cXML OrderRequest, raw strings as received. */
public record CxmlOrder(String payloadId, String fromDomain, String fromIdentity, String senderDomain,
        String senderIdentity, String sharedSecret, String orderId, String orderDate, String type, String currency, String shipTo, String requestedDeliveryDate, String comments,
        List<Item> items) {

    public CxmlOrder {
        items = List.copyOf(items);
    }

    /** One ItemOut. */
    public record Item(String lineNumber, String quantity, String supplierPartId, String buyerPartId,
            String unitPrice, String requestedDeliveryDate) {
    }
}
