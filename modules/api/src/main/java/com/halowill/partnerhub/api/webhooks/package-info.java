/** Webhook endpoints registered by distributor admins, and their deliveries. */
package com.halowill.partnerhub.api.webhooks;
