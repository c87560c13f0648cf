/**
 * The API's HTTP plumbing, which knows no resource: body size limits (413 before a large body is read), strict JSON,
 * forms kept out, query parameters, pages, and problem+json for every error.
 */
package com.halowill.partnerhub.api.http;
