/**
 * Who calls the API and how often, knowing no resource: the caller's distributor, roles, verified tokens kept until
 * they expire, and the rate limit every request is counted against ({@code RateLimitFilter}).
 */
package com.halowill.partnerhub.api.security;
