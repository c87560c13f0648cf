/**
 * Server-rendered pages: the partner portal for distributor buyers, admins and viewers
 * ({@code /portal}) and the ops console for HaloWill planners ({@code /console}). Depends on the
 * domain modules' published APIs only.
 */
package com.halowill.partnerhub.portal;
