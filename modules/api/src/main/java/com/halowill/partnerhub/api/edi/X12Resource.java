package com.halowill.partnerhub.api.edi;

import com.halowill.partnerhub.api.edi.inbound.X12Intake;
import com.halowill.partnerhub.api.http.Problem;
import com.halowill.partnerhub.api.security.Caller;
import com.halowill.partnerhub.api.security.RateLimit;
import com.halowill.partnerhub.api.security.Roles;
import com.halowill.partnerhub.catalog.DistributorCode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/edi/x12}: an X12 850 interchange in, its 997 functional acknowledgment out. */
@Path("/api/v1/edi/x12")
@Tag(name = "EDI")
public class X12Resource {

    /** The media type of X12 documents. */
    public static final String X12 = "application/edi-x12";

    private final X12Intake intake;
    private final Caller caller;
    private final RateLimit rateLimit;
    private final SecurityIdentity identity;

    X12Resource(X12Intake intake, Caller caller, RateLimit rateLimit, SecurityIdentity identity) {
        this.intake = intake;
        this.caller = caller;
        this.rateLimit = rateLimit;
        this.identity = identity;
    }

    @POST
    @Consumes(X12)
    @Produces({X12, "application/json"})
    @RolesAllowed({Roles.BUYER, Roles.ADMIN})
    @Operation(summary = "Submit an X12 850 interchange (004010 or 005010, any separators the ISA declares); each"
            + " purchase order becomes an order exactly as the JSON call would (channel EDI, idempotent on the"
            + " interchange control number plus PO number). Answer: the 997, accepting each transaction or"
            + " rejecting it with AK3/AK4 segment and element errors. The answer is X12 whatever the Accept"
            + " header asks (a client that sends Accept: application/json still gets its 997). Each purchase order"
            + " counts against the client's rate limit as one request; an interchange carrying more than the client"
            + " has left is a 429 and orders nothing.")
    @APIResponse(responseCode = "200", description = "The 997 functional acknowledgment",
            content = @Content(mediaType = X12))
    @APIResponse(responseCode = "403", description = "The ISA sender is not the caller's trading partner (its profile"
            + " names another party, or the party is another distributor's): a TA1 rejecting the interchange (TA104 R,"
            + " TA105 006), nothing ordered", content = @Content(mediaType = X12))
    @APIResponse(responseCode = "400", description = "Not one readable X12 interchange, or a broken envelope: a TA1"
            + " (TA104 R with the envelope error's TA105 code) when the ISA asks for one (ISA14 1), else a problem",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(byte[] body) {
        DistributorCode distributor = caller.company();
        try {
            // the request took one of the client's allowance; each purchase order beyond the first takes one more
            return Response.ok(intake.receive(body == null ? new byte[0] : body, distributor, caller.name(),
                    orders -> rateLimit.charge(identity, orders - 1L)), X12).build();
        } catch (X12Intake.Refused e) {
            return Problem.of(400, "malformed-interchange", "Malformed X12 interchange", e.getMessage()).response();
        } catch (X12Intake.RefusedWithTa1 e) {
            return Response.status(e.status()).type(X12).entity(e.interchangeAcknowledgment())
                    .header("X-PartnerHub-Refusal", e.getMessage()).build();
        }
    }
}
