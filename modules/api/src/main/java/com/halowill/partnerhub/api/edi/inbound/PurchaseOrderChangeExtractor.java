package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.SegmentBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the values of one 860 from its segments, using the loop codes of x12-860.xml. */
final class PurchaseOrderChangeExtractor implements TransactionExtractor {

    private static final String LINE_LOOP = "POC_LOOP";
    private static final String REQUESTED_DELIVERY = "002";
    private static final int FIRST_PRODUCT_QUALIFIER = 8;
    private static final int LAST_PRODUCT_QUALIFIER = 26;

    private String purpose;
    private String poNumber;
    private String sequence;
    private int bchPosition;
    private final List<String> notes = new ArrayList<>();
    private final List<PurchaseOrderChange.Line> lines = new ArrayList<>();

    @Override
    public void accept(SegmentBuffer segment, int position, Collection<String> loops) {
        switch (segment.tag()) {
        case "BCH":
            purpose = segment.get(1);
            poNumber = segment.get(3);
            sequence = segment.get(5);
            bchPosition = position;
            break;
        case "MSG":
            if (segment.get(1) != null) {
                notes.add(segment.get(1));
            }
            break;
        case "POC":
            int skuAt = skuPosition(segment);
            lines.add(new PurchaseOrderChange.Line(position, segment.get(1), segment.get(2), segment.get(3),
                    skuAt > 0 ? segment.get(skuAt) : null, skuAt, null, 0));
            break;
        case "DTM":
            if (loops.contains(LINE_LOOP) && !lines.isEmpty() && REQUESTED_DELIVERY.equals(segment.get(1))) {
                PurchaseOrderChange.Line l = lines.remove(lines.size() - 1);
                lines.add(new PurchaseOrderChange.Line(l.segmentPosition(), l.lineNumber(), l.changeType(),
                        l.quantity(), l.sku(), l.skuElementPosition(), segment.get(2), position));
            }
            break;
        default:
            break;
        }
    }

    /** Element position of the VP product id of a POC, else 0. */
    private static int skuPosition(SegmentBuffer poc) {
        for (int q = FIRST_PRODUCT_QUALIFIER; q <= LAST_PRODUCT_QUALIFIER; q += 2) {
            if ("VP".equals(poc.get(q)) && poc.get(q + 1) != null) {
                return q + 1;
            }
        }
        return 0;
    }

    @Override
    public PurchaseOrderChange build() {
        String note = notes.isEmpty() ? null : String.join("\n", notes);
        // a change request keeps up to 1000 characters of note
        return new PurchaseOrderChange(purpose, poNumber, sequence,
                note != null && note.length() > 1000 ? note.substring(0, 1000) : note, lines, bchPosition);
    }
}
