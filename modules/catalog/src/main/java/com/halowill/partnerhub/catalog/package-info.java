/**
 * Catalog: what HaloWill sells. Products with their optical attributes, lifecycle and successor
 * on the 400G to 800G to 1.6T path, constrained components and bill of materials, and prices
 * (list, distributor tier, LTA contract). This package is the module's published API; the database round-trip
 * machinery every module shares lives below it, in {@code platform}.
 */
package com.halowill.partnerhub.catalog;
