/** The runnable application: configuration, cross-cutting HTTP concerns and the demo data set. */
package com.halowill.partnerhub.app;
