/**
 * The run command's launcher, not part of the application: PostgreSQL (the local server, else an embedded one),
 * Keycloak from its Maven distribution with the realm file, and the packaged app with the demo data; the app's tests
 * start the same stack through it.
 */
package com.halowill.partnerhub.launcher;
