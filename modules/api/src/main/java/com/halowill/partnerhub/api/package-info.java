/**
 * The ERP-facing REST API, version 1, as fixed in the order API contract, one package per feature (orders, catalog,
 * availability, webhooks, edi), over {@code security} (the caller, roles, verified tokens, the rate limit as a request
 * filter) and {@code http} (body limits, query parameters, paging, RFC 9457 problem details for every error). Depends
 * on the domain modules' published APIs only.
 */
package com.halowill.partnerhub.api;
