package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.commitments.DemandRef;
import java.util.Collection;
import java.util.List;

/** A distributor's open business at a glance, for its dashboard. */
public interface OpenBusiness {

    /** Its open orders (not shipped in full, closed or cancelled) and their lines waiting for confirmation. */
    BusinessSummary summary(DistributorCode distributor);

    /** The distributor's lines with these demand references (another distributor's are left out). */
    List<LineRef> lines(DistributorCode distributor, Collection<DemandRef> demandRefs);
}
