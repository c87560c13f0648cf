package com.halowill.partnerhub.notifications.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Partners' and ops' mails: the sender, the portal address mails link to, and when the relays and digests run. */
@ConfigMapping(prefix = "partnerhub.mail")
interface MailConfig {

    @WithDefault("Partner Hub <partner-hub@halowill.com>")
    String from();

    @WithDefault("http://localhost:8080")
    String portalUrl();

    /** How often the mail relay looks for mails to send (read by its schedule). */
    @WithDefault("2s")
    String relayEvery();

    /** When the daily digest is collected, in the business zone (read by its schedule). */
    @WithDefault("0 0 7 * * ?")
    String digestCron();

    /** How often ops are told what is new (read by its schedule). */
    @WithDefault("15m")
    String opsEvery();

    /** A page of the portal or console, as a mail links to it. */
    default String link(String path) {
        String base = portalUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
