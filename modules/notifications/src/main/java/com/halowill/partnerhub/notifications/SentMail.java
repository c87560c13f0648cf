package com.halowill.partnerhub.notifications;

import java.time.Instant;

/** A mail written for a user: what, when, and whether the mail server has taken it. */
public record SentMail(String kind, String subject, String status, int attempts, Instant createdAt, Instant sentAt) {
}
