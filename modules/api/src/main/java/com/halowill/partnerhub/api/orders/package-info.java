/** Purchase orders over JSON: intake, reading, acknowledgment, change requests, cancellation, history, shipments. */
package com.halowill.partnerhub.api.orders;
