package com.halowill.partnerhub.notifications;

import com.halowill.partnerhub.catalog.DistributorCode;
import java.time.Instant;

/**
 * A distributor's SFTP drop folder: where HaloWill puts the X12 documents its trading-partner profile pushes. The
 * server is known by its pinned host key ({@code SHA256:<base64>}, as {@code ssh-keygen -l} prints it); the password
 * is never shown again once saved. {@code since} and {@code by} say who set it last (null in a request to save).
 */
public record DropFolder(DistributorCode distributor, String host, int port, String user, String folder,
        String hostKey, Instant since, String by) {

    /** The folder as an address, {@code sftp://user@host:port/folder}, as ops read it. */
    public String address() {
        return "sftp://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + folder;
    }
}
