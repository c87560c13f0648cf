package com.halowill.partnerhub.notifications.internal;

import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * Puts a delivery into an SFTP drop folder as one file. It connects to the address the relay's guard checked (the
 * name is looked up once, so a second lookup cannot turn it elsewhere), accepts the server only when it shows the pinned
 * host key (before the password is ever sent), writes the file under a hidden temporary name and renames it when it
 * is complete, so the partner never picks up half a document; a retry after a put whose outcome was lost finds the
 * file there and writes it no second time.
 */
@ApplicationScoped
class SftpDrop {

    /** Where a delivery goes: the drop folder's address ({@code sftp://host:port/folder}), user, password, host key. */
    record Target(URI url, String user, String password, String hostKey) {
    }

    private static final AttributeRepository.AttributeKey<String> PINNED = new AttributeRepository.AttributeKey<>();
    private static final AttributeRepository.AttributeKey<String> SHOWN = new AttributeRepository.AttributeKey<>();

    private final Duration timeout;
    private SshClient client;

    SftpDrop(WebhookConfig config) {
        this.timeout = config.timeout();
    }

    private synchronized SshClient client() {
        if (client == null) {
            SshClient c = SshClient.setUpDefaultClient();
            c.setServerKeyVerifier((session, remote, key) -> {
                String shown = fingerprint(key);
                session.setAttribute(SHOWN, shown);
                return shown.equals(session.getConnectionContext().getAttribute(PINNED));
            });
            c.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
            c.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE));
            CoreModuleProperties.IDLE_TIMEOUT.set(c, timeout);
            CoreModuleProperties.AUTH_TIMEOUT.set(c, timeout);
            CoreModuleProperties.CHANNEL_OPEN_TIMEOUT.set(c, timeout);
            org.apache.sshd.sftp.SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(c, timeout);
            c.start();
            client = c;
        }
        return client;
    }

    @PreDestroy
    synchronized void stop() {
        if (client != null) {
            client.stop();
        }
    }

    /** A server key as {@code ssh-keygen -l} prints it: {@code SHA256:} and the unpadded base64 of its digest. */
    static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    /**
     * Puts the document into the folder as {@code fileName}, connecting to {@code address} (the one the address guard
     * checked for the folder's host): empty when it is there, else why not (for partners).
     */
    Optional<String> put(Target target, InetAddress address, String fileName, String document) {
        URI uri = target.url();
        ClientSession session = null;
        try {
            session = client().connect(target.user(), new InetSocketAddress(address, uri.getPort()),
                    AttributeRepository.ofKeyValuePair(PINNED, target.hostKey()), null).verify(timeout).getSession();
            session.addPasswordIdentity(target.password());
            session.auth().verify(timeout);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                write(sftp, uri.getPath(), fileName, document.getBytes(StandardCharsets.UTF_8));
            }
            return Optional.empty();
        } catch (IOException e) {
            Log.debugf("drop folder %s: %s", target.url(), e.toString());
            return Optional.of(failure(session, target, e));
        } finally {
            if (session != null) {
                session.close(true);
            }
        }
    }

    private static void write(SftpClient sftp, String folder, String fileName, byte[] bytes) throws IOException {
        String done = (folder.endsWith("/") ? folder : folder + "/") + fileName;
        if (exists(sftp, done)) {
            return; // an earlier attempt put it there and its outcome was lost
        }
        String part = (folder.endsWith("/") ? folder : folder + "/") + "." + fileName + ".part";
        try (SftpClient.CloseableHandle h = sftp.open(part, EnumSet.of(SftpClient.OpenMode.Write,
                SftpClient.OpenMode.Create, SftpClient.OpenMode.Truncate))) {
            sftp.write(h, 0, bytes);
        }
        sftp.rename(part, done);
    }

    private static boolean exists(SftpClient sftp, String path) throws IOException {
        try {
            sftp.stat(path);
            return true;
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return false;
            }
            throw e;
        }
    }

    /** The class of failure a partner may see; the server's own words go to the log only. */
    private static String failure(ClientSession session, Target target, IOException e) {
        String shown = session == null ? null : session.getAttribute(SHOWN);
        if (shown != null && !shown.equals(target.hostKey())) {
            return "host key does not match the pinned one (the server showed " + shown + ")";
        }
        if (e instanceof SftpException s) {
            return switch (s.getStatus()) {
                case SftpConstants.SSH_FX_NO_SUCH_FILE, SftpConstants.SSH_FX_NO_SUCH_PATH -> "folder not found";
                case SftpConstants.SSH_FX_PERMISSION_DENIED -> "permission denied in the folder";
                default -> "could not write the file";
            };
        }
        if (session != null && session.isOpen() && !session.isAuthenticated()) {
            return "authentication refused";
        }
        if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof InterruptedIOException || String.valueOf(e.getMessage()).contains("timeout")) {
            return "connection timed out";
        }
        return session != null && session.isAuthenticated() ? "transfer failed" : "connection failed";
    }
}
