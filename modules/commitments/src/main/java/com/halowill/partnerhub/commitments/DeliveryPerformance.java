package com.halowill.partnerhub.commitments;

import java.util.List;

/** On-time-in-full and promise-accuracy figures per distributor, from history and shipments. */
public interface DeliveryPerformance {

    List<DistributorFigures> figures();
}
