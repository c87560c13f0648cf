package com.halowill.partnerhub.api.cxml;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/cxml}: a cXML OrderRequest from a procurement network in, the synchronous cXML Response out. The
 * caller is the document's Sender credential and shared secret, not a bearer token.
 */
@Path("/api/v1/cxml")
@Tag(name = "cXML")
public class CxmlResource {

    private final CxmlIntake intake;
    private final java.time.Clock clock;

    CxmlResource(CxmlIntake intake, java.time.Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @POST
    @PermitAll
    @Consumes({MediaType.TEXT_XML, MediaType.APPLICATION_XML})
    @Produces(MediaType.TEXT_XML)
    @Operation(summary = "Submit a cXML 1.2 OrderRequest (validated against the cXML DTD the project ships; no"
            + " external entity is read). The Sender credential and shared secret name the distributor; the order goes"
            + " through the same intake as JSON (channel CXML), idempotent on orderID. Answer: a cXML Response whose"
            + " Status is 200 OK (the order's id as its text), 400 for a document that is not valid cXML or an order"
            + " the intake refuses (every reason), 401 for an unknown sender or a wrong shared secret, 406 for an"
            + " update or delete, 409 for an orderID received before with other content; nothing is ordered unless"
            + " the status is 200. Each Sender credential may send as many documents a minute as an API client (429 with"
            + " Retry-After beyond), counted before its shared secret is checked.")
    @APIResponse(responseCode = "200", description = "cXML Response, Status 200",
            content = @Content(mediaType = MediaType.TEXT_XML))
    @APIResponse(responseCode = "400", description = "cXML Response, Status 400 with the reasons",
            content = @Content(mediaType = MediaType.TEXT_XML))
    public Response receive(byte[] body) {
        try {
            UUID order = intake.receive(body == null ? new byte[0] : body);
            return Response.ok(CxmlResponse.of(clock.instant(), 200, "OK", order.toString()), MediaType.TEXT_XML)
                    .build();
        } catch (com.halowill.partnerhub.api.security.RateLimit.RateLimited e) {
            return Response.status(429).type(MediaType.TEXT_XML).header("Retry-After", e.retryAfterSeconds)
                    .entity(CxmlResponse.of(clock.instant(), 429, CxmlResponse.text(429), e.getMessage())).build();
        } catch (CxmlRefused e) {
            return Response.status(e.code()).type(MediaType.TEXT_XML)
                    .entity(CxmlResponse.of(clock.instant(), e.code(), CxmlResponse.text(e.code()),
                            e.getMessage())).build();
        }
    }
}
