/**
 * The runnable application, which only assembles: configuration, the one business clock ({@code MovableClock}), the
 * demo data set and the demo world. The run command's launcher lives beside it, in the {@code launcher} module.
 */
package com.halowill.partnerhub.app;
