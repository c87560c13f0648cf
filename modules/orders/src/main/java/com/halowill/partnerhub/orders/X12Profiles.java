package com.halowill.partnerhub.orders;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.util.List;
import java.util.Optional;

/**
 * Distributors' X12 trading-partner profiles, maintained by ops. An interchange is matched to its distributor by the
 * profile's ISA party; HaloWill's X12 documents are addressed and written as the profile says.
 */
public interface X12Profiles {

    List<X12Profile> all();

    Optional<X12Profile> of(DistributorCode distributor);

    /** The profile whose ISA party this is (qualifier and id as the ISA carries them, spaces trimmed). */
    Optional<X12Profile> bySender(String isaQualifier, String isaId);

    /**
     * Saves a distributor's profile (replacing the one it had).
     *
     * @throws OrderRejected with a field error per invalid value, or when another distributor has the ISA party
     */
    X12Profile save(X12Profile profile, String actor);

    /** Removes the profile; false when there was none. */
    boolean remove(DistributorCode distributor);
}
