package com.halowill.partnerhub.portal.partner;

import java.util.ArrayList;
import java.util.List;

/** What the buyer typed into the order form, kept as text so it can be shown again with the errors. */
public record OrderForm(String idempotencyKey, String poNumber, String shipTo, String note, List<Line> lines) {

    static final int ROWS = 5;
    /** The form's key is stored as {@code portal:<key>} within the API's 255 characters; longer is not ours. */
    static final int MAX_KEY = 200;

    /** One row of the form. */
    public record Line(int row, String sku, String quantity, String requestedDate) {
    }

    OrderForm withNewKey() {
        return new OrderForm(java.util.UUID.randomUUID().toString(), poNumber, shipTo, note, lines);
    }

    /** The same form with these rows and two empty ones after them, for more lines. */
    OrderForm withRows(List<Line> rows) {
        List<Line> all = new ArrayList<>(rows);
        for (int i = 0; i < 2; i++) {
            all.add(new Line(all.size(), "", "", ""));
        }
        return new OrderForm(idempotencyKey, poNumber, shipTo, note, all);
    }

    static OrderForm blank(String idempotencyKey) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            lines.add(new Line(i, "", "", ""));
        }
        return new OrderForm(idempotencyKey, "", "", "", lines);
    }
}
