package com.halowill.partnerhub.commitments;

import java.util.Collection;

/**
 * Build-ahead: on a build's last day, the capacity it still has free makes units that later builds of the same line
 * were to make, so that those builds keep room for new orders and a short-notice cut of one finds fewer units in it.
 * No date changes, so nobody is told.
 */
public interface BuildsAhead {

    /** Moves what fits into the builds ready today; answers the units moved (0 when no build is ready today). */
    int buildAhead(String actor);

    /** The same for the builds of these assembly lines only (the other lines' builds are left as they are). */
    int buildAhead(String actor, Collection<String> lines);
}
