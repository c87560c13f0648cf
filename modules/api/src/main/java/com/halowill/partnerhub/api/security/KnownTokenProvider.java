package com.halowill.partnerhub.api.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/** Asked before Quarkus OIDC: answers an API request whose bearer token {@link VerifiedTokens} keeps, else passes. */
@Singleton
public class KnownTokenProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens tokens;

    KnownTokenProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Before OIDC's provider (priority 1001), which answers when this one passes with null. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!(request.getToken() instanceof AccessTokenCredential) || !VerifiedTokens.isApi(http)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(tokens.recall(request.getToken().getToken(), http, context));
    }
}
