package com.halowill.partnerhub.api.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.halowill.partnerhub.api.security.RateLimit;
import com.halowill.partnerhub.orders.DuplicatePoNumber;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.IdempotencyKeyReused;
import com.halowill.partnerhub.orders.OrderRejected;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of an API call into an RFC 9457 problem, never a stack trace. Requests
 * outside {@code /api/} are left to the next mapper (the portal renders its own pages).
 */
public class ApiProblems {

    static boolean forApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }


    @ServerExceptionMapper
    public Response rejected(OrderRejected e, UriInfo uri) {
        if (!forApi(uri)) {
            return null;
        }
        return Problem.of(400, "validation-failed", "The request is not valid",
                e.errors().stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")))
                .withErrors(e.errors()).response();
    }

    @ServerExceptionMapper
    public Response invalidWebhook(com.halowill.partnerhub.notifications.InvalidWebhook e, UriInfo uri) {
        return validation(e.field(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimit.RateLimited e, UriInfo uri) {
        Response r = Problem.of(429, "rate-limited", "Too many requests", e.getMessage()).response();
        return Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds).build();
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyLimit.TooLarge e) {
        Response r = Problem.of(413, "payload-too-large", "Payload too large", e.getMessage()).response();
        return Response.fromResponse(r).header("Connection", "close").build();
    }

    @ServerExceptionMapper
    public Response changeRefused(com.halowill.partnerhub.commitments.OverrideRefused e, UriInfo uri) {
        if (!forApi(uri)) {
            return null;
        }
        return Problem.of(409, "change-refused", "The change cannot be made", e.getMessage()).response();
    }

    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReused e, UriInfo uri) {
        if (!forApi(uri)) {
            return null;
        }
        return Problem.of(422, "idempotency-key-reuse", "Idempotency-Key reused with a different body",
                e.getMessage()).response();
    }

    @ServerExceptionMapper
    public Response duplicatePo(DuplicatePoNumber e, UriInfo uri) {
        if (!forApi(uri)) {
            return null;
        }
        return Problem.of(409, "duplicate-po-number", "PO number already used", e.getMessage())
                .withExistingOrder(e.existingOrderId().toString()).response();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        if (!forApi(uri)) {
            return null;
        }
        return Problem.of(404, "not-found", "Not found", e.getMessage()).response();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        if (!forApi(uri)) {
            return null;
        }
        Response r = Problem.of(401, "unauthorized", "Authentication required",
                "Send a valid bearer access token from the partner-hub realm.").response();
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"partner-hub\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        if (!forApi(uri)) {
            // A mapper that answers null sends an empty 204; a page's 403 gets its body from the portal's Gatekeeper.
            return Response.status(403).build();
        }
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your role does not allow this operation." : e.getMessage();
        return Problem.of(403, "forbidden", "Forbidden", detail).response();
    }

    /** Jackson's specific exceptions, claimed ahead of Quarkus' built-in mappers for them. */
    @ServerExceptionMapper(value = {MismatchedInputException.class, UnrecognizedPropertyException.class,
        JsonParseException.class}, priority = Priorities.USER - 100)
    public Response unreadableSpecific(JsonProcessingException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (!forApi(uri)) {
            return null;
        }
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof BodyLimit.TooLarge big) {
                return tooLarge(big);
            }
        }
        boolean truncated = e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input");
        if (e instanceof UnrecognizedPropertyException u) {
            return validation(path(u), "unknown field '" + u.getPropertyName() + "'");
        }
        if (!truncated && e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return validation(path(m), "has the wrong type or format");
        }
        return Problem.of(400, "malformed-json", "Malformed JSON",
                "The body is not well-formed JSON" + (e.getLocation() == null ? "." : " (line "
                        + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")."))
                .response();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (!forApi(uri)) {
            return null;
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return Problem.of(status, "http-" + status, reason, e.getMessage()).response();
    }

    private static Response validation(String field, String message) {
        FieldError error = new FieldError(field, message);
        return Problem.of(400, "validation-failed", "The request is not valid", field + ": " + message)
                .withErrors(List.of(error)).response();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }
}
