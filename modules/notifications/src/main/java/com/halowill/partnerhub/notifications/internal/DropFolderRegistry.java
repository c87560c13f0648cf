package com.halowill.partnerhub.notifications.internal;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.notifications.DropFolder;
import com.halowill.partnerhub.notifications.DropFolders;
import com.halowill.partnerhub.notifications.InvalidWebhook;
import com.halowill.partnerhub.notifications.WebhookDelivery;
import com.halowill.partnerhub.notifications.WebhookEvent;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.platform.RowIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * SFTP drop folders as endpoints of kind {@code SFTP} in {@code notifications.endpoint}: subscribed to every X12
 * document, so the outbox writes a delivery for the folder wherever it writes one for a webhook.
 */
@ApplicationScoped
@Transactional
class DropFolderRegistry implements DropFolders {

    /** What a drop folder receives: the X12 documents (whether each is pushed at all is the profile's call). */
    static final String EVENTS = Stream.of(WebhookEvent.X12_855, WebhookEvent.X12_856, WebhookEvent.X12_865)
            .map(WebhookEvent::wireName).collect(Collectors.joining(","));

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[?[0-9A-Fa-f:.]{2,45}]?");
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern HOST_KEY = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}=?");
    private static final String COLUMNS = "id, distributor, url, username, host_key, created_at, created_by ";

    private final EntityManager em;
    private final WebhookConfig config;
    private final Clock clock;
    private final SecretBox box;
    private final Distributors distributors;

    DropFolderRegistry(EntityManager em, WebhookConfig config, Clock clock, SecretBox box,
            Distributors distributors) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        this.box = box;
        this.distributors = distributors;
    }

    @Override
    public DropFolder save(DropFolder wanted, String password, String actor) {
        if (wanted.distributor() == null || distributors.find(wanted.distributor()).isEmpty()) {
            throw new InvalidWebhook("distributor", "no such distributor");
        }
        DropFolder f = checked(wanted);
        String pw = password == null || password.isEmpty() ? null : password;
        if (pw != null && (pw.length() > 200 || pw.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidWebhook("password", "is at most 200 characters, without line breaks");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        // Without a password only the folder the distributor has can change; with one, it is made or replaced.
        Query write = pw == null ? em.createNativeQuery("""
                update notifications.endpoint set url = ?2, username = ?3, host_key = ?4, created_at = ?5,
                created_by = ?6 where distributor = ?1 and active and kind = 'SFTP'""") : em.createNativeQuery("""
                insert into notifications.endpoint (distributor, url, username, host_key, created_at, created_by,
                secret, id, events, kind) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'SFTP')
                on conflict (distributor) where active and kind = 'SFTP' do update set url = excluded.url,
                username = excluded.username, host_key = excluded.host_key, created_at = excluded.created_at,
                created_by = excluded.created_by, secret = excluded.secret""")
                .setParameter(7, box.seal(pw)).setParameter(8, RowIds.next()).setParameter(9, EVENTS);
        int written = write.setParameter(1, f.distributor().value()).setParameter(2, url(f))
                .setParameter(3, f.user()).setParameter(4, f.hostKey()).setParameter(5, Timestamp.from(now))
                .setParameter(6, actor).executeUpdate();
        if (written == 0) {
            throw new InvalidWebhook("password", "is needed for a new drop folder");
        }
        return new DropFolder(f.distributor(), f.host(), f.port(), f.user(), f.folder(), f.hostKey(), now, actor);
    }

    /** The folder with every part checked and written as kept, the host passed by the address guard. */
    private DropFolder checked(DropFolder f) {
        String host = check("host", f.host(), HOST, "is a host name or an IP address");
        if (f.port() < 1 || f.port() > 65535) {
            throw new InvalidWebhook("port", "is a number from 1 to 65535");
        }
        String folder = f.folder() == null ? "" : f.folder().strip();
        if (!folder.startsWith("/") || folder.length() > 500 || folder.chars().anyMatch(Character::isISOControl)
                || Stream.of(folder.split("/")).anyMatch(".."::equals)) {
            throw new InvalidWebhook("folder", "is an absolute path on the server (starting with /, no ..)");
        }
        if (folder.length() > 1 && folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        String user = check("user", f.user(), USER, "is 1 to 64 letters, digits or . _ @ -");
        String hostKey = check("hostKey", f.hostKey(), HOST_KEY,
                "is the server's SHA256 fingerprint as ssh-keygen -l prints it (SHA256: and 43 characters)");
        Optional<String> refused = new EndpointAddresses(config.addresses()).refusal(host);
        if (refused.isPresent()) {
            throw new InvalidWebhook("host", "host " + host + " is refused (" + refused.get()
                    + "): documents go to public internet addresses only");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return new DropFolder(f.distributor(), bare, f.port(), user, folder,
                hostKey.endsWith("=") ? hostKey.substring(0, hostKey.length() - 1) : hostKey, null, null);
    }

    /** The folder's address as kept, {@code sftp://host:port/folder}. */
    private static String url(DropFolder f) {
        try {
            return new URI("sftp", null, f.host(), f.port(), f.folder(), null, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new InvalidWebhook("folder", "cannot be written as an address: " + e.getReason());
        }
    }

    private static String check(String field, String value, Pattern pattern, String rule) {
        String v = value == null ? "" : value.strip();
        if (!pattern.matcher(v).matches()) {
            throw new InvalidWebhook(field, rule);
        }
        return v;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Optional<DropFolder> of(DistributorCode distributor) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + """
                 from notifications.endpoint where distributor = ?1 and active and kind = 'SFTP'""")
                .setParameter(1, distributor.value()).getResultList();
        return rows.stream().findFirst().map(DropFolderRegistry::folder);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<DropFolder> all() {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + """
                 from notifications.endpoint where active and kind = 'SFTP' order by distributor""").getResultList();
        return rows.stream().map(DropFolderRegistry::folder).toList();
    }

    private static DropFolder folder(Object[] r) {
        URI uri = URI.create((String) r[2]);
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        return new DropFolder(new DistributorCode((String) r[1]), host, uri.getPort(), (String) r[3], uri.getPath(),
                (String) r[4], (Instant) r[5], (String) r[6]);
    }

    @Override
    public boolean remove(DistributorCode distributor) {
        return em.createNativeQuery("""
                update notifications.endpoint set active = false where distributor = ?1 and active and kind = 'SFTP'""")
                .setParameter(1, distributor.value()).executeUpdate() > 0;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDelivery> deliveries(DistributorCode distributor, int limit) {
        return WebhookRegistry.read(em.createNativeQuery(WebhookRegistry.DELIVERY
                + " join notifications.endpoint p on p.id = d.endpoint_id"
                + " where p.distributor = ?1 and p.kind = 'SFTP' and p.active order by d.created_at desc limit ?2")
                .setParameter(1, distributor.value()).setParameter(2, limit).getResultList());
    }
}
