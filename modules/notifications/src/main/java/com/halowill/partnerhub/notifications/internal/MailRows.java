package com.halowill.partnerhub.notifications.internal;

import com.halowill.partnerhub.platform.RowIds;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;

/** One mail written for the relay to send, and the plain HTML page a mail composed in code is wrapped in. */
final class MailRows {

    private MailRows() {
    }

    /** Writes a mail, due now. */
    static void pending(EntityManager em, String username, String email, String kind, String subject, String text,
            String html, Timestamp now) {
        em.createNativeQuery("""
                insert into notifications.mail (id, username, email, kind, subject, text_body, html_body, status,
                    next_attempt_at, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'PENDING', ?8, ?8)""")
                .setParameter(1, RowIds.next()).setParameter(2, username).setParameter(3, email)
                .setParameter(4, kind).setParameter(5, subject.length() > 300 ? subject.substring(0, 300) : subject)
                .setParameter(6, text).setParameter(7, html).setParameter(8, now).executeUpdate();
    }

    /** A mail's HTML document around a body already written as HTML. */
    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body style=\"font-family: sans-serif; color: #1b1f24\">" + body + "</body></html>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
