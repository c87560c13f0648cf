package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.inventory.InventoryAdministration;
import com.halowill.partnerhub.inventory.Warehouse;
import com.halowill.partnerhub.notifications.InvalidWebhook;
import com.halowill.partnerhub.notifications.WebhookDelivery;
import com.halowill.partnerhub.notifications.WebhookEndpoint;
import com.halowill.partnerhub.notifications.WebhookEvent;
import com.halowill.partnerhub.notifications.Webhooks;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.portal.web.Input;
import com.halowill.partnerhub.portal.web.PortalUser;
import com.halowill.partnerhub.portal.web.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company admin page of a distributor's admin: ship-to addresses, the company's users (from Keycloak), its ERP
 * client, and its webhook endpoints with their recent deliveries.
 */
@Path("/portal/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class CompanyAdmin {

    /** Deliveries shown per endpoint. */
    static final int RECENT = 10;

    /** An endpoint and its newest deliveries. */
    public record Endpoint(WebhookEndpoint endpoint, List<WebhookDelivery> deliveries) {
    }

    /** What the ERP integration needs to know: its client, where tokens come from, the API and its limit. */
    public record ErpClient(String clientId, String tokenUrl, String apiUrl, String audience, long perMinute) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(PortalUser user, Distributor distributor, ShipToForm.Page shipTos,
                List<Warehouse> warehouses, CompanyPeople.Listing people, ErpClient erp, List<Endpoint> endpoints,
                List<String> events, String message);

        static native TemplateInstance secret(PortalUser user, Distributor distributor, WebhookEndpoint endpoint);
    }

    private final PortalUser user;
    private final SignedInDistributor company;
    private final Distributors distributors;
    private final InventoryAdministration inventory;
    private final CompanyPeople people;
    private final Webhooks webhooks;
    private final Config config;
    private final String realmUrl;

    CompanyAdmin(PortalUser user, SignedInDistributor company, Distributors distributors,
            InventoryAdministration inventory, CompanyPeople people, Webhooks webhooks, Config config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl) {
        this.user = user;
        this.company = company;
        this.distributors = distributors;
        this.inventory = inventory;
        this.people = people;
        this.webhooks = webhooks;
        this.config = config;
        this.realmUrl = realmUrl;
    }

    @GET
    public TemplateInstance admin(@QueryParam("message") String message, @jakarta.ws.rs.core.Context UriInfo uri) {
        return page(ShipToForm.Page.of(distributors.shipTos(company.get().id())), message, uri);
    }

    @POST
    @Path("/ship-tos")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveShipTo(MultivaluedMap<String, String> form, @jakarta.ws.rs.core.Context UriInfo uri) {
        Distributor me = company.get();
        List<String> warehouses = inventory.warehouses().stream().map(Warehouse::code).toList();
        ShipToForm typed = ShipToForm.read(form, me.code());
        List<String> errors = typed.problems(warehouses);
        if (errors.isEmpty() && !distributors.saveOwnShipTo(typed.shipTo(me.code()))) {
            errors = List.of("Code " + typed.code() + " is already taken; choose another.");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(new ShipToForm.Page(distributors.shipTos(me.id()), typed,
                    errors), null, uri)).build();
        }
        return back("Ship-to " + typed.code() + " saved; it can be chosen on the next order.");
    }

    @POST
    @Path("/webhooks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> form) {
        Distributor me = company.get();
        String url = Input.field(form, "url");
        List<String> events = form.getOrDefault("event", List.of());
        try {
            WebhookEndpoint created = webhooks.register(me.id(), url, events, user.username());
            return Response.ok(Templates.secret(user, me, created)).build();
        } catch (InvalidWebhook e) {
            return back("Not registered: the " + ("events".equals(e.field()) ? "events" : "URL") + " "
                    + e.getMessage() + ".");
        }
    }

    @POST
    @Path("/webhooks/{id}/secret")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotateSecret(@PathParam("id") String id) {
        Distributor me = company.get();
        Optional<WebhookEndpoint> rotated = Input.uuid(id)
                .flatMap(uuid -> webhooks.rotateSecret(me.id(), uuid, user.username()));
        return rotated.map(e -> Response.ok(Templates.secret(user, me, e)).build())
                .orElseGet(() -> back("No such endpoint."));
    }

    @POST
    @Path("/webhooks/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") String id) {
        Optional<UUID> uuid = Input.uuid(id);
        boolean removed = uuid.isPresent() && webhooks.remove(company.get().id(), uuid.get());
        return back(removed ? "The endpoint was removed; nothing more is sent to it." : "No such endpoint.");
    }

    private TemplateInstance page(ShipToForm.Page shipTos, String message, UriInfo uri) {
        Distributor me = company.get();
        List<Endpoint> endpoints = webhooks.endpoints(me.id()).stream()
                .map(e -> new Endpoint(e, webhooks.deliveries(me.id(), e.id(), RECENT))).toList();
        List<String> events = Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName).toList();
        return Templates.admin(user, me, shipTos, inventory.warehouses(), people.of(me.code()), erp(me, uri),
                endpoints, events, message);
    }

    private ErpClient erp(Distributor me, UriInfo uri) {
        long perMinute = config.getOptionalValue("partnerhub.api.rate-limit.clients." + me.erpClientId(), Long.class)
                .or(() -> config.getOptionalValue("partnerhub.api.rate-limit.per-minute", Long.class)).orElse(0L);
        String audience = config.getOptionalValue("quarkus.oidc.token.audience", String.class).orElse("");
        return new ErpClient(me.erpClientId(), realmUrl + "/protocol/openid-connect/token",
                uri.getBaseUriBuilder().path("api/v1").build().toString(), audience, perMinute);
    }

    private static Response back(String message) {
        return Response.seeOther(UriBuilder.fromPath("/portal/admin").queryParam("message", message).build()).build();
    }
}
