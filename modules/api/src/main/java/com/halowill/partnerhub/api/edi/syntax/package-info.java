/** The X12 both directions share: versions, delimiters, parties, envelopes and control numbers, schemas, error codes. */
package com.halowill.partnerhub.api.edi.syntax;
