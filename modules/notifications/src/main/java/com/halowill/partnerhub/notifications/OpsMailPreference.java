package com.halowill.partnerhub.notifications;

import java.time.Instant;

/** Which mails a HaloWill ops person wants: new proposals waiting, change requests waiting, dead webhook deliveries. */
public record OpsMailPreference(String username, String email, boolean proposals, boolean changeRequests,
        boolean deadLetters, Instant updatedAt) {
}
