/**
 * Inventory: warehouses, finished goods on hand, weekly scheduled output derived from component
 * supply, and the available-to-promise figure per product and supply bucket. Reservations against
 * that supply are taken here atomically, so no unit is promised twice. Published API.
 */
package com.halowill.partnerhub.inventory;
