package com.halowill.partnerhub.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.halowill.partnerhub.orders.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail, the body of every API error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
        String existingOrderId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://partner-hub.halowill.com/problems/";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors, existingOrderId);
    }

    public Problem withExistingOrder(String orderId) {
        return new Problem(type, title, status, detail, errors, orderId);
    }

    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
