/**
 * Orders: distributors and their ship-to addresses, purchase orders from every channel (portal,
 * API, EDI), their validation, idempotent intake and lifecycle. Each order line is handed to the
 * promise engine as a demand. Published API.
 */
package com.halowill.partnerhub.orders;
