/**
 * Commitments: the promise engine. A demand (an order line, known here only by an opaque reference) is promised
 * against pooled supply (LTA volume protected for its holder, caps, fair share) and held; ops confirm, change or
 * reject it; a supply change re-commits what it hits, moving the least protected first; shipments and OTIF close it.
 * Every date given is kept as history with its reason. Published API.
 */
package com.halowill.partnerhub.commitments;
