package com.halowill.partnerhub.api.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.Map;

/** Last of the augmentors: hands an API request's identity, as OIDC and the others made it, to {@link VerifiedTokens}. */
@Singleton
public class VerifiedTokenKeeper implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    VerifiedTokenKeeper(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (VerifiedTokens.isApi(HttpSecurityUtils.getRoutingContextAttribute(attributes))) {
            tokens.keep(identity);
        }
        return Uni.createFrom().item(identity);
    }
}
