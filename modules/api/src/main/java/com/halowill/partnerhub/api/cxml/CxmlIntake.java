package com.halowill.partnerhub.api.cxml;

import com.halowill.partnerhub.api.security.RateLimit;
import com.halowill.partnerhub.catalog.DistributorCode;
import com.halowill.partnerhub.orders.Channel;
import com.halowill.partnerhub.orders.CxmlSenders;
import com.halowill.partnerhub.orders.DuplicatePoNumber;
import com.halowill.partnerhub.orders.FieldError;
import com.halowill.partnerhub.orders.IdempotencyKeyReused;
import com.halowill.partnerhub.orders.OrderIntake;
import com.halowill.partnerhub.orders.OrderRejected;
import com.halowill.partnerhub.orders.SubmitLine;
import com.halowill.partnerhub.orders.SubmitOrder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cXML OrderRequest becomes an order through the same intake as the JSON API (channel CXML), idempotent on its
 * orderID: the Sender's credential and shared secret name the distributor; ShipTo's addressID is the ship-to code,
 * each ItemOut a line (SupplierPartID the SKU, BuyerPartID the buyer's part number, UnitPrice, quantity,
 * requestedDeliveryDate, else the header's).
 */
@ApplicationScoped
public class CxmlIntake {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.?(.*)");

    private final CxmlSenders senders;
    private final OrderIntake intake;
    private final RateLimit rateLimit;
    private final CxmlOrigins origins;

    CxmlIntake(CxmlSenders senders, OrderIntake intake, RateLimit rateLimit, CxmlOrigins origins) {
        this.origins = origins;
        this.senders = senders;
        this.intake = intake;
        this.rateLimit = rateLimit;
    }

    /**
     * Takes the document; answers the order's id, or throws the status that refuses it (nothing ordered).
     *
     * @throws RateLimit.RateLimited when its Sender credential sent more documents than its limit this minute
     */
    public UUID receive(byte[] body) throws CxmlRefused {
        CxmlOrder order = CxmlOrderReader.read(body);
        rateLimit.chargeCxmlSender(order.senderDomain(), order.senderIdentity());
        DistributorCode distributor = senders.authenticate(order.senderDomain(), order.senderIdentity(),
                order.sharedSecret()).orElseThrow(() -> new CxmlRefused(401, "the Sender credential "
                        + order.senderDomain() + "/" + order.senderIdentity() + " and its shared secret are not a"
                        + " sender HaloWill knows"));
        if (order.type() != null && !"new".equals(order.type())) {
            throw new CxmlRefused(406, "OrderRequest type " + order.type() + " is not taken: change or cancel an"
                    + " order through the API, the portal or an X12 860");
        }
        List<SubmitLine> lines = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (order.payloadId().length() > 250 || order.fromDomain() == null || order.fromDomain().length() > 60
                || order.fromIdentity() == null || order.fromIdentity().length() > 250
                || order.orderDate().length() > 40) {
            errors.add("payloadID (up to 250 characters), the From credential (its domain up to 60, its Identity up to"
                    + " 250) and orderDate (up to 40) are what HaloWill's confirmation and ship notices refer to");
        }
        for (int i = 0; i < order.items().size(); i++) {
            CxmlOrder.Item item = order.items().get(i);
            String at = "ItemOut " + (item.lineNumber() == null ? "#" + (i + 1) : "lineNumber " + item.lineNumber());
            Integer number = whole(item.lineNumber() == null ? Integer.toString(i + 1) : item.lineNumber());
            Integer quantity = whole(item.quantity());
            BigDecimal price = decimal(item.unitPrice());
            LocalDate date = date(item.requestedDeliveryDate() != null ? item.requestedDeliveryDate()
                    : order.requestedDeliveryDate());
            if (number == null) {
                errors.add(at + ": lineNumber is a whole number");
            }
            if (quantity == null) {
                errors.add(at + ": quantity is a whole number of units");
            }
            if (item.unitPrice() != null && price == null) {
                errors.add(at + ": UnitPrice Money is an amount");
            }
            if (date == null) {
                errors.add(at + ": requestedDeliveryDate (on the ItemOut or the OrderRequestHeader) is a date,"
                        + " such as 2027-01-15 or 2027-01-15T00:00:00-08:00");
            }
            lines.add(new SubmitLine(number, item.supplierPartId(), quantity, date, price, null,
                    item.buyerPartId() == null || item.buyerPartId().length() > 48 ? null : item.buyerPartId()));
        }
        if (!errors.isEmpty()) {
            throw new CxmlRefused(400, String.join("; ", errors));
        }
        try {
            SubmitOrder submitted = new SubmitOrder(distributor, "cxml:" + order.orderId(), Channel.CXML,
                    order.orderId(), order.shipTo(), order.currency(), lines, order.comments(),
                    "cxml:" + order.senderIdentity());
            // the order and the document its confirmation and ship notices refer to (and their buyer) commit together
            return QuarkusTransaction.requiringNew().call(() -> {
                UUID id = intake.submit(submitted).order().id().value();
                origins.remember(id, new CxmlOrigins.Origin(order.payloadId(), order.fromDomain(),
                        order.fromIdentity(), order.orderDate()));
                return id;
            });
        } catch (OrderRejected e) {
            throw new CxmlRefused(400, e.errors().stream().map(f -> where(f, order)).collect(Collectors.joining("; ")));
        } catch (IdempotencyKeyReused | DuplicatePoNumber e) {
            throw new CxmlRefused(409, "orderID " + order.orderId() + " was already received with other content;"
                    + " nothing was ordered");
        }
    }

    /** A field error in the document's own terms. */
    private static String where(FieldError e, CxmlOrder order) {
        Matcher m = LINE_FIELD.matcher(e.field());
        if (m.matches() && Integer.parseInt(m.group(1)) < order.items().size()) {
            CxmlOrder.Item item = order.items().get(Integer.parseInt(m.group(1)));
            String element = switch (m.group(2)) {
                case "sku" -> "SupplierPartID";
                case "quantity" -> "quantity";
                case "unitPrice" -> "UnitPrice";
                case "requestedDate" -> "requestedDeliveryDate";
                default -> m.group(2);
            };
            return "ItemOut " + (item.lineNumber() == null ? "#" + (Integer.parseInt(m.group(1)) + 1)
                    : "lineNumber " + item.lineNumber()) + " " + element + ": " + e.message();
        }
        String element = switch (e.field()) {
            case "poNumber" -> "orderID";
            case "shipTo" -> "ShipTo Address addressID";
            case "currency" -> "Total Money currency";
            case "note" -> "Comments";
            default -> e.field();
        };
        return element + ": " + e.message();
    }

    private static Integer whole(String text) {
        try {
            BigDecimal q = new BigDecimal(text);
            return q.stripTrailingZeros().scale() <= 0 && q.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    && q.signum() >= 0 ? q.intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException | NullPointerException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.length() > 20 ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
