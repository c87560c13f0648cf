package com.halowill.partnerhub.api.orders;

import com.halowill.partnerhub.api.edi.X12Resource;
import com.halowill.partnerhub.api.edi.syntax.X12Version;
import com.halowill.partnerhub.api.http.Problem;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.OrderRejected;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * How the order resources answer in X12 when asked: by the Accept header, in the version asked for, and with a 406 for
 * what X12 cannot carry.
 */
final class X12Answers {

    private X12Answers() {
    }

    /** X12 only when asked for by name: a client sending no Accept, or * / *, gets JSON. */
    static boolean wantsX12(String accept) {
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains(X12Resource.X12);
    }

    /** The version asked for; null when none was (the distributor's profile then decides). */
    static X12Version version(String version) {
        if (version == null) {
            return null;
        }
        if (version.equals("004010")) {
            return X12Version.V004010;
        }
        if (version.equals("005010")) {
            return X12Version.V005010;
        }
        throw new OrderRejected(List.of(new FieldError("version", "must be 004010 or 005010")));
    }

    /** The document as {@code application/edi-x12}, or a 406 problem when a value does not fit X12. */
    static Response x12(java.util.function.Supplier<String> document) {
        try {
            return Response.ok(document.get(), X12Resource.X12).build();
        } catch (IllegalArgumentException e) {
            return Problem.of(406, "not-representable-in-x12", "Not representable in X12", e.getMessage()
                    + " Read it as JSON instead.").response();
        }
    }
}
