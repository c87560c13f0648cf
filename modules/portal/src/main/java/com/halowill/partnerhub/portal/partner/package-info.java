/**
 * The partner portal ({@code /portal}): the distributor's dashboard, catalog, ordering, orders, company
 * administration.
 */
package com.halowill.partnerhub.portal.partner;
