package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.MalformedInterchange;
import com.halowill.partnerhub.api.edi.syntax.SchemaLibrary;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.BufferOverflowException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one X12 interchange of 850 purchase orders, 860 purchase order changes and 830 planning schedules, validating
 * each transaction against edi/x12-850.xml, edi/x12-860.xml or edi/x12-830.xml.
 */
public final class X12PurchaseOrders {

    private static final int PEEK_LIMIT = 512;

    private final Map<String, Schema> schemas;

    public X12PurchaseOrders() {
        this.schemas = Map.of(TransactionCollector.PURCHASE_ORDER,
                SchemaLibrary.transaction(TransactionCollector.PURCHASE_ORDER),
                TransactionCollector.PURCHASE_ORDER_CHANGE,
                SchemaLibrary.transaction(TransactionCollector.PURCHASE_ORDER_CHANGE),
                TransactionCollector.PLANNING_SCHEDULE,
                SchemaLibrary.transaction(TransactionCollector.PLANNING_SCHEDULE));
    }

    /**
     * Reads exactly one interchange. Syntax errors inside transactions and envelope count/reference errors are
     * returned in the result; input that is not one readable X12 interchange raises {@link MalformedInterchange}.
     */
    public Interchange read(byte[] body) throws MalformedInterchange {
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(body));
        String head = peek(in);
        if (head.isBlank() && head.length() < PEEK_LIMIT) {
            throw new MalformedInterchange(MalformedInterchange.Reason.EMPTY, "input holds no data");
        }
        InterchangeReading reading = null;
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(in)) {
            reading = new InterchangeReading(reader, schemas, transactionTypes(body));
            Interchange interchange = reading.read();
            if (reader.hasNext()) {
                throw new MalformedInterchange(MalformedInterchange.Reason.TRAILING_DATA,
                        "data after IEA (a second interchange or garbage); send one interchange per call");
            }
            return interchange;
        } catch (EDIStreamException | RuntimeException e) {
            throw translate(e, head, reading != null && reading.started());
        } catch (IOException e) {
            throw new MalformedInterchange(MalformedInterchange.Reason.SYNTAX, "cannot read input: " + e.getMessage(), e);
        }
    }

    /**
     * The ST01 of every transaction, in order, read from the text with the separators the ISA names (its 4th character
     * and the one after its 16th element); empty when the text has no readable ISA, the reader then reports it.
     */
    static List<String> transactionTypes(byte[] body) {
        List<String> types = new ArrayList<>();
        IsaHeader.text(body).ifPresent(text -> {
            String element = java.util.regex.Pattern.quote(String.valueOf(IsaHeader.elementSeparator(text)));
            for (String segment : text.split(java.util.regex.Pattern.quote(
                    String.valueOf(IsaHeader.segmentTerminator(text))))) {
                String[] parts = segment.strip().split(element, 3);
                if (parts[0].equals("ST")) {
                    types.add(parts.length > 1 ? parts[1] : "");
                }
            }
        });
        return types;
    }

    private static String peek(BufferedInputStream in) throws MalformedInterchange {
        try {
            in.mark(PEEK_LIMIT);
            byte[] head = in.readNBytes(PEEK_LIMIT);
            in.reset();
            return new String(head, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new MalformedInterchange(MalformedInterchange.Reason.SYNTAX, "cannot read input: " + e.getMessage(), e);
        }
    }

    private static MalformedInterchange translate(Exception e, String head, boolean started) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (hasCause(e, BufferOverflowException.class)) {
            return new MalformedInterchange(MalformedInterchange.Reason.TOO_LARGE,
                    "a data element exceeds the parser limit of 4096 characters (" + message + ")", e);
        }
        boolean endOfInput = message.contains("EDIE005");
        if (!started) {
            boolean looksLikeX12 = head.stripLeading().startsWith("ISA");
            MalformedInterchange.Reason reason = !looksLikeX12 ? MalformedInterchange.Reason.NOT_X12
                    : endOfInput ? MalformedInterchange.Reason.TRUNCATED : MalformedInterchange.Reason.INVALID_HEADER;
            return new MalformedInterchange(reason, message, e);
        }
        return new MalformedInterchange(endOfInput ? MalformedInterchange.Reason.TRUNCATED
                : MalformedInterchange.Reason.SYNTAX, message, e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
