/**
 * The ops console ({@code /console}): proposals, orders and shipments, supply and re-commit, allocation, review,
 * products and distributors, the demo world.
 */
package com.halowill.partnerhub.portal.console;
