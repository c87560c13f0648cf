package com.halowill.partnerhub.notifications;

import java.util.List;
import java.util.Optional;

/**
 * Portal users' mail preferences. Mails go out through the outbox: written in the transaction of the change they
 * tell about (none for a change that rolled back), sent by the mail relay, retried until the mail server takes them.
 */
public interface MailPreferences {

    Optional<MailPreference> of(String username);

    /**
     * Saves a user's choice.
     *
     * @throws IllegalArgumentException when the address is not one a mail can be sent to
     */
    MailPreference save(MailPreference preference);

    /** The newest mails written for the user. */
    List<SentMail> recent(String username, int limit);

    Optional<OpsMailPreference> ofOps(String username);

    /**
     * Saves an ops person's choice; the ops alert run (every 15 minutes by default) mails what is new since it last
     * told.
     *
     * @throws IllegalArgumentException when the address is not one a mail can be sent to
     */
    OpsMailPreference saveOps(OpsMailPreference preference);
}
