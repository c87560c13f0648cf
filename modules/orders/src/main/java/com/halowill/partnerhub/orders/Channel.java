package com.halowill.partnerhub.orders;

/** How an order reached us. */
public enum Channel {
    API, PORTAL, CSV, EDI, CXML
}
