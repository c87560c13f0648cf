/**
 * X12 EDI, validated against the project's own schemas: {@link com.halowill.partnerhub.api.edi.X12Resource} is the
 * HTTP entry; {@code inbound} reads interchanges (the 850 into orders, answered by its 997), {@code outbound} writes
 * the 855 and 856, and {@code syntax} is the X12 both share (envelopes, delimiters, control numbers, schemas, the
 * 997's syntax error codes). Neither direction knows the other, and syntax knows neither.
 */
package com.halowill.partnerhub.api.edi;
