package com.halowill.partnerhub.api.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** How many API requests a minute a client may make: one limit for all, and any client's own. */
@ConfigMapping(prefix = "partnerhub.api.rate-limit")
public interface RateLimitConfig {

    @WithDefault("1200")
    long perMinute();

    /** Limits of single clients, by client id. */
    Map<String, Long> clients();
}
