package com.halowill.partnerhub.notifications;
import com.halowill.partnerhub.catalog.DistributorCode;

import java.time.Instant;

/**
 * Which mails a portal user wants, at which address: acknowledgments, moved dates, shipments; one by one as they
 * happen, or ({@code digest}) together in one mail a day.
 */
public record MailPreference(String username, DistributorCode distributor, String email, boolean acknowledgments,
        boolean movedDates, boolean shipments, boolean digest, Instant updatedAt) {

    /** Nothing chosen yet: no mail. */
    public static MailPreference none(String username, DistributorCode distributor, String email) {
        return new MailPreference(username, distributor, email, false, false, false, false, null);
    }
}
