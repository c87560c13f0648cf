package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.SegmentBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the values of one 830 from its segments, using the loop codes of x12-830.xml. */
final class PlanningScheduleExtractor implements TransactionExtractor {

    private static final int FIRST_PRODUCT_QUALIFIER = 2;
    private static final int LAST_PRODUCT_QUALIFIER = 30;

    private String reference;
    private String quantityQualifier;
    private String horizonStart;
    private String horizonEnd;
    private int bfrPosition;
    private final List<ReceivedPlanningSchedule.Item> items = new ArrayList<>();
    private final List<ReceivedPlanningSchedule.Forecast> forecasts = new ArrayList<>();

    @Override
    public void accept(SegmentBuffer segment, int position, Collection<String> loops) {
        switch (segment.tag()) {
        case "BFR":
            reference = segment.get(2) != null ? segment.get(2) : segment.get(3);
            quantityQualifier = segment.get(5);
            horizonStart = segment.get(6);
            horizonEnd = segment.get(7);
            bfrPosition = position;
            break;
        case "LIN":
            closeItem();
            int at = skuPosition(segment);
            items.add(new ReceivedPlanningSchedule.Item(position, at > 0 ? segment.get(at) : null, at, List.of()));
            break;
        case "FST":
            if (!items.isEmpty()) {
                forecasts.add(new ReceivedPlanningSchedule.Forecast(position, segment.get(1), segment.get(2),
                        segment.get(3), segment.get(4), segment.get(5)));
            }
            break;
        default:
            break;
        }
    }

    private void closeItem() {
        if (!items.isEmpty()) {
            ReceivedPlanningSchedule.Item last = items.remove(items.size() - 1);
            items.add(new ReceivedPlanningSchedule.Item(last.linPosition(), last.sku(), last.skuElementPosition(),
                    forecasts));
            forecasts.clear();
        }
    }

    /** Element position of the VP product id of an LIN, else 0. */
    private static int skuPosition(SegmentBuffer lin) {
        for (int q = FIRST_PRODUCT_QUALIFIER; q <= LAST_PRODUCT_QUALIFIER; q += 2) {
            if ("VP".equals(lin.get(q)) && lin.get(q + 1) != null) {
                return q + 1;
            }
        }
        return 0;
    }

    @Override
    public ReceivedPlanningSchedule build() {
        closeItem();
        return new ReceivedPlanningSchedule(reference, quantityQualifier, horizonStart, horizonEnd, bfrPosition,
                items);
    }
}
