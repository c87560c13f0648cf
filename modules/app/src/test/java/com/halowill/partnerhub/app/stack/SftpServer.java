package com.halowill.partnerhub.app.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server for the tests, on a loopback port: one user and password, a fresh host key, a temporary folder
 * as its root; it counts password attempts, so a test can see that a client never sent one.
 */
public final class SftpServer implements AutoCloseable {

    private final SshServer server;
    private final Path root;
    private final KeyPair hostKey;
    private final AtomicInteger passwordAttempts = new AtomicInteger();

    public SftpServer(String user, String password) throws IOException, GeneralSecurityException {
        root = Files.createTempDirectory("sftp-drop");
        hostKey = newKey();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPasswordAuthenticator((u, p, session) -> {
            passwordAttempts.incrementAndGet();
            return user.equals(u) && password.equals(p);
        });
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
    }

    /** A host key's fingerprint as ssh-keygen -l prints it; of a fresh key when none is given. */
    public static String fingerprint(KeyPair key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key.getPublic());
    }

    public static KeyPair newKey() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    public String fingerprint() {
        return fingerprint(hostKey);
    }

    public int port() {
        return server.getPort();
    }

    /** The server's folder as the local file system sees it ({@code /inbound} on the server is root/inbound). */
    public Path root() {
        return root;
    }

    public int passwordAttempts() {
        return passwordAttempts.get();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
