/**
 * What the portal and the console share: the signed-in user, roles and gatekeeping, form input and refusals, formats,
 * shared pages, the upload size limit.
 */
package com.halowill.partnerhub.portal.web;
