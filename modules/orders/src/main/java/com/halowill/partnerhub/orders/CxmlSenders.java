package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.util.List;
import java.util.Optional;

/** The cXML senders of distributors: who may send cXML orders for whom, checked by shared secret. */
public interface CxmlSenders {

    List<CxmlSender> all();

    /**
     * Saves a distributor's sender credential and shared secret (replacing the one it had).
     *
     * @throws OrderRejected with a field error per invalid value, or when another distributor has the credential
     */
    CxmlSender save(DistributorCode distributor, String domain, String identity, String sharedSecret, String actor);

    /** Removes the distributor's credential; false when there was none. */
    boolean remove(DistributorCode distributor);

    /** The distributor a Sender credential is, when its shared secret is the one kept; empty otherwise. */
    Optional<DistributorCode> authenticate(String domain, String identity, String sharedSecret);
}
