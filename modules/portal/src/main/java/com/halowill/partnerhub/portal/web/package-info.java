/** What the portal and the console share: the signed-in user, roles and gatekeeping, form input and refusals, formats, shared pages. */
package com.halowill.partnerhub.portal.web;
