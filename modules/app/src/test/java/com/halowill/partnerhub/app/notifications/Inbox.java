package com.halowill.partnerhub.app.notifications;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;

/** An address's inbox on the tests' mail server, read over IMAP as a mail client would. */
public final class Inbox {

    private Inbox() {
    }

    /** A received mail: subject, plain text and HTML parts. */
    public record Received(String subject, String text, String html) {
    }

    /** Waits until a mail with this subject is in the address's inbox. */
    public static Received await(String email, String subject) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<Received> seen = List.of();
        while (Instant.now().isBefore(deadline)) {
            seen = of(email);
            for (Received r : seen) {
                if (r.subject().equals(subject)) {
                    return r;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail '" + subject + "' for " + email + "; the inbox has "
                + seen.stream().map(Received::subject).toList());
    }

    /** The address's inbox, read over IMAP from the test's mail server (any password: authentication is off). */
    public static List<Received> of(String email) throws Exception {
        int port = ConfigProvider.getConfig().getValue("partnerhub.test.imap-port", Integer.class);
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", String.valueOf(port));
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("127.0.0.1", port, email, "any");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Received> out = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                String text = "";
                String html = "";
                if (m.getContent() instanceof Multipart parts) {
                    for (int i = 0; i < parts.getCount(); i++) {
                        var part = parts.getBodyPart(i);
                        if (part.isMimeType("text/plain")) {
                            text = part.getContent().toString();
                        } else if (part.isMimeType("text/html")) {
                            html = part.getContent().toString();
                        } else if (part.getContent() instanceof Multipart inner) {
                            for (int k = 0; k < inner.getCount(); k++) {
                                var p = inner.getBodyPart(k);
                                if (p.isMimeType("text/plain")) {
                                    text = p.getContent().toString();
                                } else if (p.isMimeType("text/html")) {
                                    html = p.getContent().toString();
                                }
                            }
                        }
                    }
                } else {
                    text = m.getContent().toString();
                }
                out.add(new Received(m.getSubject(), text.replace("\r\n", "\n"), html.replace("\r\n", "\n")));
            }
            inbox.close(false);
            return out;
        } finally {
            store.close();
        }
    }
}
