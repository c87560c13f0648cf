/**
 * The runnable application, which only assembles: configuration, the one business clock ({@code MovableClock}), the
 * demo data set and the demo world, and the launcher of the run command.
 */
package com.halowill.partnerhub.app;
