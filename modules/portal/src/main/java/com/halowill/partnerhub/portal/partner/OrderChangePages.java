package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.orders.ChangeRequest;
import com.halowill.partnerhub.orders.ChangeRequests;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.IdempotencyKeyReused;
import com.halowill.partnerhub.orders.LineChange;
import com.halowill.partnerhub.orders.OrderChanges;
import com.halowill.partnerhub.orders.OrderId;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.portal.web.Input;
import com.halowill.partnerhub.portal.web.PortalUser;
import com.halowill.partnerhub.portal.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/** A buyer's change or cancellation of an order from its page; the answer shows on the page itself. */
@RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
@Path("/portal/order-actions/{id}")
@Produces(MediaType.TEXT_HTML)
public class OrderChangePages {

    private final PortalUser user;
    private final ChangeRequests requests;
    private final OrderChanges orders;

    OrderChangePages(PortalUser user, ChangeRequests requests, OrderChanges orders) {
        this.user = user;
        this.requests = requests;
        this.orders = orders;
    }

    @POST
    @Path("/changes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") String id, @RestForm("lineNumber") String lineNumber,
            @RestForm("quantity") String quantity, @RestForm("requestedDate") String requestedDate,
            @RestForm("cancel") String cancel, @RestForm("note") String note, @RestForm("changeKey") String changeKey) {
        Optional<UUID> orderId = Input.uuid(id);
        if (!user.canOrder() || orderId.isEmpty() || user.distributor() == null) {
            return back(id, "Your role may not change orders.");
        }
        String message;
        try {
            LineChange change = new LineChange(number(lineNumber, "line"), blank(quantity) ? null
                    : number(quantity, "quantity"), date(requestedDate), "on".equals(cancel) ? Boolean.TRUE : null);
            Optional<ChangeRequest> done = requests.submit(new OrderId(orderId.get()),
                    new DistributorCode(user.distributor()), List.of(change),
                    blank(note) ? null : note.strip(), user.username(), Input.key(changeKey));
            message = done.map(OrderChangePages::summary).orElse("No such order.");
        } catch (IllegalArgumentException e) {
            message = e.getMessage();
        } catch (IdempotencyKeyReused e) {
            message = "This form was already used for another change: reload the order and try again.";
        } catch (OrderRejected e) {
            message = "The change was not sent: " + e.errors().stream().map(OrderChangePages::readable)
                    .collect(Collectors.joining("; ")) + ".";
        }
        return back(id, message);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Path("/cancel")
    public Response cancel(@PathParam("id") String id) {
        Optional<UUID> orderId = Input.uuid(id);
        if (!user.canOrder() || orderId.isEmpty() || user.distributor() == null) {
            return back(id, "Your role may not cancel orders.");
        }
        String message = orders.cancel(new OrderId(orderId.get()), new DistributorCode(user.distributor()),
                user.username())
                .map(o -> "Order cancelled: what had not shipped is released.").orElse("No such order.");
        return back(id, message);
    }

    private static String summary(ChangeRequest r) {
        ChangeRequest.Line l = r.lines().get(0);
        return switch (l.outcome()) {
            case ACCEPTED -> "Change of line " + l.lineNumber() + " accepted. " + l.answer();
            case PENDING_REVIEW -> "Change of line " + l.lineNumber() + " sent to HaloWill for review. " + l.answer();
            case REJECTED -> "Change of line " + l.lineNumber() + " rejected. " + l.answer();
        };
    }

    private static String readable(FieldError e) {
        String field = e.field().replaceFirst("^lines\\[0]\\.?", "");
        return (field.isEmpty() || field.equals("lineNumber") ? "" : field + " ") + e.message();
    }

    private static Integer number(String value, String what) {
        try {
            return Integer.valueOf(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " must be a whole number.");
        }
    }

    private static LocalDate date(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The date must look like 2027-01-15.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Response back(String id, String message) {
        return Response.seeOther(UriBuilder.fromPath("/portal/orders/{id}").queryParam("message", message)
                .build(id)).build();
    }
}
