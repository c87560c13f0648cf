/**
 * The ERP-facing REST API, version 1, as fixed in the order API contract, split by feature (orders, catalog,
 * availability, webhooks, edi); this package holds what they share: the caller, roles, rate limit, body limit,
 * query parameters, paging and RFC 9457 problem details for every error. Depends on the domain modules'
 * published APIs only.
 */
package com.halowill.partnerhub.api;
