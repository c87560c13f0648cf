/**
 * Notifications: distributors' webhook endpoints, the transactional outbox every partner-visible change writes
 * to in its own transaction, and the relay that delivers each event at least once, signed, with backoff.
 * Published API.
 */
package com.halowill.partnerhub.notifications;
