/**
 * The ERP-facing REST API, version 1, as fixed in the order API contract: purchase orders,
 * catalog and availability, with RFC 9457 problem details for every error. Depends on the
 * domain modules' published APIs only.
 */
package com.halowill.partnerhub.api;
