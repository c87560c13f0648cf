package com.halowill.partnerhub.notifications;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.util.List;
import java.util.Optional;

/**
 * SFTP drop folders, one per distributor, kept by ops: every X12 document pushed to the distributor (its 855, 856
 * and 865, as its trading-partner profile says) is also put there as a file, through the same outbox as webhooks, so
 * it goes exactly when the change commits and is retried, dead-lettered and replayable like every delivery. The
 * server must show the pinned host key before the password is sent, and its address passes the webhook address guard
 * at every send.
 */
public interface DropFolders {

    /**
     * Sets the distributor's drop folder, replacing the one it had (deliveries not yet made then go to the new one). A
     * blank password keeps the one saved before.
     *
     * @throws InvalidWebhook naming the field ({@code host}, {@code port}, {@code user}, {@code folder},
     *         {@code hostKey}, {@code password}) that is missing or unusable, or the host the address guard refuses
     */
    DropFolder save(DropFolder folder, String password, String actor);

    Optional<DropFolder> of(DistributorCode distributor);

    List<DropFolder> all();

    /** Stops putting documents into the distributor's folder. False when it had none. */
    boolean remove(DistributorCode distributor);

    /** The newest deliveries to the drop folder the distributor has now, newest first. */
    List<WebhookDelivery> deliveries(DistributorCode distributor, int limit);
}
