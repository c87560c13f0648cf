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
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
        String url = address(wanted);
        String user = check("user", wanted.user(), USER, "is 1 to 64 letters, digits or . _ @ -");
        String hostKey = check("hostKey", wanted.hostKey(), HOST_KEY,
                "is the server's SHA256 fingerprint as ssh-keygen -l prints it (SHA256: and 43 characters)");
        hostKey = hostKey.endsWith("=") ? hostKey.substring(0, hostKey.length() - 1) : hostKey;
        String pw = password == null || password.isEmpty() ? null : password;
        if (pw != null && (pw.length() > 200 || pw.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidWebhook("password", "is at most 200 characters, without line breaks");
        }
        String distributor = wanted.distributor().value();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('drop-folder:' || ?1))")
                .setParameter(1, distributor).getSingleResult();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Optional<UUID> existing = current(distributor);
        if (existing.isPresent()) {
            em.createNativeQuery("""
                    update notifications.endpoint set url = ?1, username = ?2, host_key = ?3,
                    secret = coalesce(?4, secret), created_at = ?5, created_by = ?6 where id = ?7""")
                    .setParameter(1, url).setParameter(2, user).setParameter(3, hostKey)
                    .setParameter(4, pw == null ? null : box.seal(pw)).setParameter(5, Timestamp.from(now))
                    .setParameter(6, actor).setParameter(7, existing.get()).executeUpdate();
        } else {
            if (pw == null) {
                throw new InvalidWebhook("password", "is needed for a new drop folder");
            }
            em.createNativeQuery("""
                    insert into notifications.endpoint (id, distributor, url, events, secret, created_at, created_by,
                    kind, username, host_key) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'SFTP', ?8, ?9)""")
                    .setParameter(1, RowIds.next()).setParameter(2, distributor).setParameter(3, url)
                    .setParameter(4, EVENTS).setParameter(5, box.seal(pw)).setParameter(6, Timestamp.from(now))
                    .setParameter(7, actor).setParameter(8, user).setParameter(9, hostKey).executeUpdate();
        }
        return of(wanted.distributor()).orElseThrow();
    }

    /** The folder's address {@code sftp://host:port/folder}, every part checked, the host by the address guard. */
    private String address(DropFolder f) {
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
        Optional<String> refused = new EndpointAddresses(config.addresses()).refusal(host);
        if (refused.isPresent()) {
            throw new InvalidWebhook("host", "host " + host + " is refused (" + refused.get()
                    + "): documents go to public internet addresses only");
        }
        try {
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return new URI("sftp", null, bare, f.port(), folder, null, null).toASCIIString();
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

    @SuppressWarnings("unchecked")
    private Optional<UUID> current(String distributor) {
        return em.createNativeQuery("""
                select id from notifications.endpoint where distributor = ?1 and active and kind = 'SFTP'""")
                .setParameter(1, distributor).getResultList().stream().findFirst().map(UUID.class::cast);
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
