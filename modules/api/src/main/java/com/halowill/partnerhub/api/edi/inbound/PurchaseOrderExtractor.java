package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.SegmentBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects purchase order values from the segments of one 850, using the loop codes of x12-850.xml. */
final class PurchaseOrderExtractor implements TransactionExtractor {

    static final String LINE_LOOP = "PO1_LOOP";
    static final String SCHEDULE_LOOP = "SCH_LOOP";
    private static final String REQUESTED_DELIVERY = "002";
    private static final String SHIP_TO = "ST";
    private static final String CONTRACT = "CT";
    private static final int FIRST_PRODUCT_QUALIFIER = 6;
    private static final int LAST_PRODUCT_QUALIFIER = 24;

    private String poNumber;
    private String orderDate;
    private String shipTo;
    private String currency;
    private String contract;
    private String headerRequestedDate;
    private int headerDatePosition;
    private int begPosition;
    private int shipToPosition;
    private int currencyPosition;
    private final List<String> notes = new ArrayList<>();
    private final List<LineDraft> lines = new ArrayList<>();

    @Override
    public void accept(SegmentBuffer segment, int position, Collection<String> loops) {
        boolean header = loops.isEmpty();
        boolean inLine = loops.contains(LINE_LOOP);
        switch (segment.tag()) {
        case "BEG":
            poNumber = segment.get(3);
            orderDate = segment.get(5);
            begPosition = position;
            break;
        case "CUR":
            if (header) {
                currency = segment.get(2);
                currencyPosition = position;
            }
            break;
        case "N1":
            if (!inLine && shipTo == null && SHIP_TO.equals(segment.get(1))) {
                shipTo = segment.get(4);
                shipToPosition = position;
            }
            break;
        case "REF":
            if (header && contract == null && CONTRACT.equals(segment.get(1))) {
                contract = segment.get(2);
            }
            break;
        case "MSG":
            if (segment.get(1) != null) {
                notes.add(segment.get(1));
            }
            break;
        case "DTM":
            acceptDate(segment, position, header, inLine);
            break;
        case "PO1":
            lines.add(LineDraft.of(segment, lines.size(), position));
            break;
        case "SCH":
            if (loops.contains(SCHEDULE_LOOP) && !lines.isEmpty()) {
                lines.get(lines.size() - 1).schedule(segment.get(1), segment.get(6), position);
            }
            break;
        default:
            break;
        }
    }

    private void acceptDate(SegmentBuffer segment, int position, boolean header, boolean inLine) {
        if (!REQUESTED_DELIVERY.equals(segment.get(1))) {
            return;
        }
        if (inLine && !lines.isEmpty()) {
            lines.get(lines.size() - 1).requestedDate = segment.get(2);
            lines.get(lines.size() - 1).datePosition = position;
        } else if (header) {
            headerRequestedDate = segment.get(2);
            headerDatePosition = position;
        }
    }

    @Override
    public PurchaseOrder build() {
        List<PurchaseOrderLine> built = new ArrayList<>(lines.size());
        for (LineDraft line : lines) {
            built.add(line.build(headerRequestedDate, headerDatePosition));
        }
        String note = notes.isEmpty() ? null : String.join("\n", notes);
        return new PurchaseOrder(poNumber, orderDate, shipTo, currency, note, contract, built, begPosition,
                shipToPosition, currencyPosition);
    }

    /** A PO1 line whose requested date may still arrive in a later DTM of the same loop. */
    private static final class LineDraft {
        private final int index;
        private final int position;
        private final SegmentBuffer po1;
        private final int skuPosition;
        private String requestedDate;
        private int datePosition;
        private final List<PurchaseOrderLine.Scheduled> schedule = new ArrayList<>();

        private LineDraft(int index, int position, SegmentBuffer po1, int skuPosition) {
            this.index = index;
            this.position = position;
            this.po1 = po1;
            this.skuPosition = skuPosition;
        }

        static LineDraft of(SegmentBuffer po1, int index, int position) {
            return new LineDraft(index, position, po1, skuPosition(po1));
        }

        /** Element position of the VP product id, else of the BP product id, else 0. */
        private static int skuPosition(SegmentBuffer po1) {
            int buyerPart = 0;
            for (int q = FIRST_PRODUCT_QUALIFIER; q <= LAST_PRODUCT_QUALIFIER; q += 2) {
                String qualifier = po1.get(q);
                if (po1.get(q + 1) == null) {
                    continue;
                }
                if ("VP".equals(qualifier)) {
                    return q + 1;
                }
                if ("BP".equals(qualifier) && buyerPart == 0) {
                    buyerPart = q + 1;
                }
            }
            return buyerPart;
        }

        /** An SCH of the line; a line with one SCH and no DTM*002 of its own is requested for its date. */
        void schedule(String quantity, String date, int position) {
            schedule.add(new PurchaseOrderLine.Scheduled(quantity, date, position));
        }

        PurchaseOrderLine build(String headerDate, int headerDatePosition) {
            if (requestedDate == null && schedule.size() == 1) {
                requestedDate = schedule.get(0).date();
                datePosition = schedule.get(0).position();
            }
            String sku = skuPosition > 0 ? po1.get(skuPosition) : null;
            String qualifier = skuPosition > 0 ? po1.get(skuPosition - 1) : null;
            return new PurchaseOrderLine(index, position, po1.get(1), po1.get(2), po1.get(3), po1.get(4),
                    sku, qualifier, skuPosition, requestedDate != null ? requestedDate : headerDate,
                    requestedDate != null ? datePosition : headerDatePosition, List.copyOf(schedule),
                    "VP".equals(qualifier) ? buyerPart(po1) : null);
        }

        /** The BP product id of the line, else null. */
        private static String buyerPart(SegmentBuffer po1) {
            for (int q = FIRST_PRODUCT_QUALIFIER; q <= LAST_PRODUCT_QUALIFIER; q += 2) {
                String id = po1.get(q + 1);
                if ("BP".equals(po1.get(q)) && id != null && !id.isBlank()) {
                    return id.length() > 48 ? id.substring(0, 48) : id;
                }
            }
            return null;
        }
    }
}
