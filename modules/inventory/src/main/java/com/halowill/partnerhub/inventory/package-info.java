/**
 * Inventory: warehouses and finished goods, assembly lines and their weekly capacity, laser-chip supply by week (the
 * supply plan with its versions and CSV import), and the pools the promise engine draws on: each pool's units free,
 * held, confirmed and shipped, locked by family in one order and moved only by the engine's pool moves, so no unit is
 * promised twice. Published API.
 */
package com.halowill.partnerhub.inventory;
