/**
 * Platform: the database round-trip machinery every module shares, and no domain. {@link ReferenceSnapshot}
 * (reference data cached per revision), {@link DatabaseOutage} (telling a lost database from a failed request),
 * {@link LockConflict} and {@link RetriedOnConflict} (a deadlock or serialization failure run again, never a 500),
 * {@link RowArrays} and {@link RowIds} (many rows as array parameters of one statement), {@link AlongRead} (a
 * statement that rides on another's round trip) and {@link WriteBehind} (writes sent together, in one round trip,
 * at the end of a step), with {@link LockRoundTrip} (statements enlisted for the next lock's round trip). It knows no
 * module; every module may use it.
 */
package com.halowill.partnerhub.platform;
