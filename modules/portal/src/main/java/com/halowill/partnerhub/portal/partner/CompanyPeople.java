package com.halowill.partnerhub.portal.partner;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A distributor's people as Keycloak knows them, read through Keycloak's admin API by the directory client, a
 * service account that may only view and query users. Keycloak gets 2 s to connect and 5 s to answer, so the page
 * never hangs on it.
 */
@ApplicationScoped
class CompanyPeople {

    /** One person of the company: login, name, e-mail, partner roles, and whether the account may sign in. */
    record Person(String username, String name, String email, List<String> roles, boolean enabled) {
    }

    /** The people found, or why they could not be read. */
    record Listing(List<Person> people, String problem) {
    }

    static final int MAX_PEOPLE = 200;
    private static final Logger LOG = Logger.getLogger(CompanyPeople.class);

    private final String serverUrl;
    private final String realm;
    private final String clientId;
    private final String secret;
    private volatile Keycloak keycloak;

    CompanyPeople(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
            @ConfigProperty(name = "partnerhub.directory.client-id") String clientId,
            @ConfigProperty(name = "partnerhub.directory.secret") String secret) {
        int at = realmUrl.indexOf("/realms/");
        this.serverUrl = realmUrl.substring(0, at);
        this.realm = realmUrl.substring(at + "/realms/".length()).replaceAll("/+$", "");
        this.clientId = clientId;
        this.secret = secret;
    }

    /** The distributor's people, by login; a readable problem instead when Keycloak cannot be asked. */
    Listing of(String distributor) {
        try {
            RealmResource r = client().realm(realm);
            List<Person> people = new ArrayList<>();
            for (UserRepresentation u : r.users().searchByAttributes(0, MAX_PEOPLE, null, false,
                    "distributor:" + distributor)) {
                if (u.getAttributes() == null || !u.getAttributes().getOrDefault("distributor", List.of())
                        .contains(distributor)) {
                    continue;
                }
                List<String> roles = r.users().get(u.getId()).roles().realmLevel().listEffective().stream()
                        .map(RoleRepresentation::getName).filter(n -> n.startsWith("distributor-")).sorted()
                        .map(n -> n.substring("distributor-".length())).toList();
                String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                        + (u.getLastName() == null ? "" : u.getLastName())).strip();
                people.add(new Person(u.getUsername(), name, u.getEmail() == null ? "" : u.getEmail(), roles,
                        Boolean.TRUE.equals(u.isEnabled())));
            }
            people.sort(Comparator.comparing(Person::username));
            return new Listing(people, null);
        } catch (RuntimeException e) {
            LOG.warnf("could not read the users of %s from Keycloak: %s", distributor, e.toString());
            return new Listing(List.of(), "The list of users could not be read from the sign-in service just now;"
                    + " try again in a minute.");
        }
    }

    private Keycloak client() {
        Keycloak k = keycloak;
        if (k == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder().serverUrl(serverUrl).realm(realm)
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId).clientSecret(secret)
                            .resteasyClient(ClientBuilder.newBuilder().connectTimeout(2, TimeUnit.SECONDS)
                                    .readTimeout(5, TimeUnit.SECONDS).build())
                            .build();
                }
                k = keycloak;
            }
        }
        return k;
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
