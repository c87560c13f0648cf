/**
 * Catalog: what HaloWill sells. Products with their optical attributes, lifecycle and successor
 * on the 400G to 800G to 1.6T path, constrained components and bill of materials, and prices
 * (list, distributor tier, LTA contract). This package is the module's published API. As the module every
 * other builds on, it also holds the data plumbing they share: {@link ReferenceSnapshot} (reference data
 * cached per revision), {@link DatabaseOutage} (telling a lost database from a failed request), {@link RowArrays}
 * (many rows as array parameters of one statement) and {@link WriteBehind} (writes sent together, in one round
 * trip, at the end of a step).
 */
package com.halowill.partnerhub.catalog;
