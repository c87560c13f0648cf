package com.halowill.partnerhub.portal.partner;
import com.halowill.partnerhub.catalog.Catalog;
import com.halowill.partnerhub.catalog.Product;
import com.halowill.partnerhub.catalog.ProductQuery;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.Distributor;
import com.halowill.partnerhub.orders.Distributors;
import com.halowill.partnerhub.orders.DuplicatePoNumber;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.IdempotencyKeyReused;
import com.halowill.partnerhub.orders.OrderIntake;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.ShipTo;
import com.halowill.partnerhub.orders.Submission;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The partner portal's ordering pages: the order form (any number of lines, quoted as typed by {@link LineQuotes}),
 * quick order by pasting, CSV upload with a row-by-row preview, and placing the order.
 */
@RolesAllowed({Roles.BUYER, Roles.ADMIN, Roles.VIEWER})
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
public class OrderingPages {

    /** An uploaded order file may be this large (500 lines need far less). */
    static final long MAX_UPLOAD_BYTES = 1024 * 1024;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance orderForm(PortalUser user, Distributor distributor, List<ShipTo> shipTos,
                List<Product> products, OrderForm form, List<String> errors, List<String> preview, String paste);
    }

    private final PortalUser user;
    private final SignedInDistributor company;
    private final Catalog catalog;
    private final Distributors distributors;
    private final OrderIntake intake;
    private final Clock clock;

    OrderingPages(PortalUser user, SignedInDistributor company, Catalog catalog, Distributors distributors,
            OrderIntake intake, Clock clock) {
        this.user = user;
        this.company = company;
        this.catalog = catalog;
        this.distributors = distributors;
        this.intake = intake;
        this.clock = clock;
    }

    @GET
    @Path("/orders/new")
    public TemplateInstance orderForm() {
        Distributor me = company.get();
        return form(me, OrderForm.blank(UUID.randomUUID().toString()), List.of());
    }

    /** Quick order: pasted lines fill the order form, with a preview of what could not be read; nothing is ordered. */
    @POST
    @Path("/orders/new/quick")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance quickOrder(@RestForm("paste") String paste) {
        return filled(QuickOrder.parse(paste), paste == null ? "" : paste);
    }

    /**
     * A purchase order uploaded as a CSV file fills the order form, with a row-by-row preview of what could not be
     * read or cannot be ordered (unknown part, end of life, quantity off its MOQ or multiple); nothing is ordered.
     */
    @POST
    @Path("/orders/new/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file) {
        QuickOrder.Parsed parsed;
        if (file == null || file.size() == 0) {
            parsed = QuickOrder.Parsed.problem("Choose a CSV file to upload.");
        } else if (file.size() > MAX_UPLOAD_BYTES) {
            parsed = QuickOrder.Parsed.problem("The file is " + file.size() / 1024 + " KiB; an order file may be at"
                    + " most " + MAX_UPLOAD_BYTES / 1024 + " KiB.");
        } else {
            try {
                parsed = QuickOrder.csv(Files.readString(file.uploadedFile(), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                parsed = QuickOrder.Parsed.problem("The file could not be read as UTF-8 text; save it as CSV (UTF-8).");
            }
        }
        return Response.status(parsed.rows().isEmpty() ? 400 : 200).entity(filled(parsed, "")).build();
    }

    /** The order form with the rows read, and every problem found so far: reading them, and against the catalog. */
    private TemplateInstance filled(QuickOrder.Parsed parsed, String paste) {
        Distributor me = company.get();
        OrderForm form = OrderForm.blank(UUID.randomUUID().toString());
        if (!parsed.rows().isEmpty()) {
            form = form.withRows(parsed.rows());
        }
        List<Product> products = catalog.search(ProductQuery.all());
        List<String> preview = new ArrayList<>(parsed.problems());
        Map<String, Product> bySku = new HashMap<>();
        products.forEach(p -> bySku.put(p.sku().value(), p));
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < parsed.rows().size(); i++) {
            OrderForm.Line row = parsed.rows().get(i);
            Integer units = row.quantity().isEmpty() ? null : Integer.valueOf(row.quantity());
            String label = parsed.labels().get(i);
            OrderableLine.problem(row.sku(), units, bySku, today).ifPresent(p -> preview.add(label + ": " + p));
        }
        return Templates.orderForm(user, me, distributors.shipTos(me.id()), products, form, List.of(), preview,
                paste);
    }

    @POST
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> params) {
        Distributor me = company.get();
        OrderForm form = read(params);
        if (!user.canOrder()) {
            return Response.status(403).entity(form(me, form,
                    List.of("Your account can view orders but not place them. Ask your company admin."))).build();
        }
        List<String> errors = new ArrayList<>();
        List<SubmitLine> lines = lines(form, errors);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(form(me, form, errors)).build();
        }
        try {
            Submission s = intake.submit(new SubmitOrder(me.id(), "portal:" + form.idempotencyKey(),
                    Channel.PORTAL, form.poNumber(), form.shipTo(), me.currency(), lines, blankToNull(form.note()),
                    user.username()));
            return Response.seeOther(URI.create("/portal/orders/" + s.order().id())).build();
        } catch (OrderRejected e) {
            return Response.status(400).entity(form(me, form, e.errors().stream().map(OrderingPages::readable)
                    .toList())).build();
        } catch (DuplicatePoNumber e) {
            return Response.status(409).entity(form(me, form, List.of("PO number " + form.poNumber()
                    + " is already used by another of your orders."))).build();
        } catch (IdempotencyKeyReused e) {
            return Response.status(409).entity(form(me, form.withNewKey(), List.of(
                    "This form was already submitted with other values. Check My orders, then submit again.")))
                    .build();
        }
    }

    private TemplateInstance form(Distributor me, OrderForm form, List<String> errors) {
        return Templates.orderForm(user, me, distributors.shipTos(me.id()), catalog.search(ProductQuery.all()),
                form, errors, List.of(), "");
    }

    private static OrderForm read(MultivaluedMap<String, String> p) {
        List<OrderForm.Line> lines = new ArrayList<>();
        for (int i = 0; i < QuickOrder.MAX_ROWS + 2 && (i < OrderForm.ROWS || p.containsKey("sku" + i)); i++) {
            lines.add(new OrderForm.Line(i, Input.field(p, "sku" + i), Input.field(p, "quantity" + i), Input.field(p, "date" + i)));
        }
        String key = Input.field(p, "idempotencyKey");
        boolean usable = !key.isEmpty() && key.length() <= OrderForm.MAX_KEY
                && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        return new OrderForm(usable ? key : UUID.randomUUID().toString(), Input.field(p, "poNumber"),
                Input.field(p, "shipTo"), Input.field(p, "note"), lines);
    }

    private static List<SubmitLine> lines(OrderForm form, List<String> errors) {
        List<SubmitLine> lines = new ArrayList<>();
        for (OrderForm.Line row : form.lines()) {
            if (row.sku().isEmpty() && row.quantity().isEmpty() && row.requestedDate().isEmpty()) {
                continue;
            }
            String label = "Row " + (row.row() + 1) + ": ";
            Integer qty = null;
            try {
                qty = Integer.valueOf(row.quantity());
            } catch (NumberFormatException e) {
                errors.add(label + "quantity must be a whole number");
            }
            LocalDate date = null;
            try {
                date = LocalDate.parse(row.requestedDate());
            } catch (RuntimeException e) {
                errors.add(label + "requested date must be a date such as 2027-01-15");
            }
            lines.add(new SubmitLine(lines.size() + 1, row.sku().isEmpty() ? null : row.sku(), qty, date,
                    (BigDecimal) null));
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            errors.add("Add at least one line: a part number, a quantity and a requested date.");
        }
        return lines;
    }

    static String readable(FieldError e) {
        String field = e.field();
        if (field.startsWith("lines[")) {
            int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
            return "Line " + (index + 1) + ", " + field.substring(field.indexOf(']') + 2) + ": " + e.message();
        }
        return field + ": " + e.message();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
