package com.halowill.partnerhub.portal.partner;

import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.LineAnswer;
import com.halowill.partnerhub.orders.OrderLine;
import com.halowill.partnerhub.orders.Orders;
import com.halowill.partnerhub.orders.PurchaseOrder;
import com.halowill.partnerhub.portal.web.Input;
import com.halowill.partnerhub.portal.web.Roles;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An order's acknowledgment for the distributor: a printable page and the same page as a PDF, with each line's
 * answer, schedule and price and the order's plain terms (currency, incoterm, payment terms, validity).
 */
@RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
@Path("/portal/acknowledgments/{id}")
public class AcknowledgmentPages {

    /** One line as the acknowledgment prints it. */
    public record Row(int lineNumber, String sku, int quantity, int accepted, LocalDate requested, String unitPrice,
            String amount, String answer, List<String> schedule, List<String> flags) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance acknowledgment(Distributor distributor, PurchaseOrder order, List<Row> rows,
                String total, LocalDate issued);
    }

    private final SignedInDistributor company;
    private final Orders orders;
    private final Clock clock;

    AcknowledgmentPages(SignedInDistributor company, Orders orders, Clock clock) {
        this.company = company;
        this.orders = orders;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") String id) {
        return render(id).map(t -> Response.ok(t.render(), MediaType.TEXT_HTML_TYPE).build())
                .orElseGet(AcknowledgmentPages::missing);
    }

    @GET
    @Path("/pdf")
    @Produces({"application/pdf", MediaType.TEXT_PLAIN})
    public Response pdf(@PathParam("id") String id) {
        Optional<TemplateInstance> page = render(id);
        if (page.isEmpty()) {
            return missing();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder pdf = new PdfRendererBuilder();
            pdf.useFastMode();
            pdf.withHtmlContent(page.get().render(), "/");
            pdf.toStream(out);
            pdf.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the acknowledgment could not be written as PDF", e);
        }
        return Response.ok(out.toByteArray(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"acknowledgment-" + id + ".pdf\"").build();
    }

    private Optional<TemplateInstance> render(String id) {
        Distributor me = company.get();
        return Input.orderId(id).flatMap(order -> orders.find(order, me.id())).map(o -> {
            List<Row> rows = o.lines().stream().map(AcknowledgmentPages::row).toList();
            BigDecimal total = o.lines().stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return Templates.acknowledgment(me, o, rows, money(total), LocalDate.ofInstant(o.updatedAt(),
                    clock.getZone()));
        });
    }

    private static Row row(OrderLine l) {
        List<String> schedule = l.commitments().stream().map(c -> c.quantity() + (c.shipDate() == null
                ? " backordered, no date yet" : " ship " + c.shipDate() + ", arrive " + c.deliveryDate()
                + ("CONFIRMED".equals(c.state()) ? " (confirmed)" : " (proposed)"))).toList();
        return new Row(l.lineNumber(), l.sku().value(), l.quantity(), l.acceptedQuantity(), l.requestedDate(),
                money(l.unitPrice()), money(l.unitPrice().multiply(BigDecimal.valueOf(l.quantity()))),
                LineAnswer.of(l).name().replace('_', ' ').toLowerCase(), schedule, l.flags());
    }

    private static String money(BigDecimal amount) {
        return String.format("%,.2f", amount);
    }

    private static Response missing() {
        return Response.status(404).type(MediaType.TEXT_PLAIN_TYPE)
                .entity("No such order among your company's orders.").build();
    }
}
