package com.halowill.partnerhub.orders;

import java.util.List;

/** One page of orders and the cursor of the next page (null on the last page). */
public record OrderPage(List<PurchaseOrder> items, String nextCursor) {
}
