package com.halowill.partnerhub.api.edi.syntax;

import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Delimiters;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes one X12 interchange with StAEDI: envelope segments with their counts, and transaction segments validated
 * against the StAEDI control schema and the given transaction schema. Element values are strings (null or empty =
 * empty element) or String[] (a composite).
 */
public final class InterchangeWriter {

    private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter GS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");
    private static final String NO_AUTHORIZATION = "          ";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final EDIStreamWriter writer;
    private final com.halowill.partnerhub.api.edi.syntax.Delimiters delimiters;
    private final String interchangeVersion;
    private String interchangeControl;
    private String groupControl;
    private String transactionControl;
    private String documentType;
    private int groups;
    private int transactions;
    private int segments;

    public InterchangeWriter(com.halowill.partnerhub.api.edi.syntax.Delimiters delimiters, boolean lineBreaks,
            String interchangeVersion) {
        this.delimiters = delimiters;
        this.interchangeVersion = interchangeVersion;
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(Delimiters.SEGMENT, delimiters.segment());
        factory.setProperty(Delimiters.DATA_ELEMENT, delimiters.element());
        factory.setProperty(Delimiters.COMPONENT_ELEMENT, delimiters.component());
        if (X12Version.hasRepetitionSeparator(interchangeVersion)) {
            if (!delimiters.hasRepetition()) {
                throw new IllegalArgumentException("Version " + interchangeVersion + " needs a repetition separator");
            }
            factory.setProperty(Delimiters.REPETITION, delimiters.repetition());
        }
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, lineBreaks);
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        try {
            writer = factory.createEDIStreamWriter(out, StandardCharsets.UTF_8.name());
        } catch (EDIStreamException e) {
            throw new IllegalStateException("Cannot create X12 writer", e);
        }
        writer.setControlSchema(SchemaLibrary.control(interchangeVersion));
    }

    public void startInterchange(Party sender, Party receiver, LocalDateTime at, String controlNumber, boolean test) {
        interchangeControl = controlNumber;
        String repetition = X12Version.hasRepetitionSeparator(interchangeVersion)
                ? String.valueOf(delimiters.repetition()) : "U";
        run(() -> writer.startInterchange());
        write("ISA", "00", NO_AUTHORIZATION, "00", NO_AUTHORIZATION,
                sender.qualifier(), pad(sender.id()), receiver.qualifier(), pad(receiver.id()),
                ISA_DATE.format(at), TIME.format(at), repetition, interchangeVersion, controlNumber,
                "0", test ? "T" : "P", String.valueOf(delimiters.component()));
    }

    /** An interchange acknowledgment (TA1) of a received interchange, written right after the ISA. */
    public void interchangeAcknowledgment(String controlNumber, String date, String time, String code, String note) {
        write("TA1", controlNumber, date, time, code, note);
    }

    public void startGroup(String functionalId, String sender, String receiver, LocalDateTime at, String controlNumber,
            String version) {
        groupControl = controlNumber;
        transactions = 0;
        groups++;
        write("GS", functionalId, sender, receiver, GS_DATE.format(at), TIME.format(at), controlNumber, "X", version);
    }

    public void startTransaction(String type, String controlNumber, Schema schema) {
        documentType = type;
        transactionControl = controlNumber;
        transactions++;
        segments = 1;
        run(() -> {
            writer.writeStartSegment("ST");
            writer.writeElement(type);
            writer.writeElement(controlNumber);
            writer.setTransactionSchema(schema); // only accepted while the ST segment is open
            writer.writeEndSegment();
        });
    }

    /** A transaction segment; counted for SE01. */
    public void segment(String tag, Object... values) {
        segments++;
        write(tag, values);
    }

    public void endTransaction() {
        segments++;
        write("SE", Integer.toString(segments), transactionControl);
        documentType = null;
    }

    public void endGroup() {
        write("GE", Integer.toString(transactions), groupControl);
    }

    public String finish() {
        write("IEA", Integer.toString(groups), interchangeControl);
        run(() -> {
            writer.endInterchange();
            writer.close();
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    private void write(String tag, Object... values) {
        run(() -> {
            writer.writeStartSegment(tag);
            for (int i = 0; i < values.length; i++) {
                writeElement(tag, i + 1, values[i]);
            }
            writer.writeEndSegment();
        });
    }

    private void writeElement(String tag, int position, Object value) throws EDIStreamException {
        if (value instanceof String[]) {
            writer.writeStartElement();
            for (String component : (String[]) value) {
                if (isEmpty(component)) {
                    writer.writeEmptyComponent();
                } else {
                    writer.writeComponent(checked(tag, position, component));
                }
            }
            writer.endElement();
        } else if (value == null || isEmpty(value.toString())) {
            writer.writeEmptyElement();
        } else {
            writer.writeElement(checked(tag, position, value.toString()));
        }
    }

    private String checked(String tag, int position, String value) {
        if (!"ISA".equals(tag)) {
            for (int i = 0; i < value.length(); i++) {
                if (delimiters.contains(value.charAt(i))) {
                    throw new IllegalArgumentException(String.format("%s %s%02d: value '%s' contains a delimiter character",
                            describeDocument(), tag, position, value));
                }
            }
        }
        return value;
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    private static String pad(String id) {
        return String.format("%-15s", id);
    }

    private String describeDocument() {
        return documentType == null ? "envelope" : documentType;
    }

    private void run(WriterStep step) {
        try {
            step.run();
        } catch (EDIValidationException e) {
            throw new IllegalArgumentException(describeDocument() + " does not conform to its schema: " + describe(e), e);
        } catch (EDIStreamException e) {
            throw new IllegalStateException("X12 writing failed: " + e.getMessage(), e);
        }
    }

    private static String describe(EDIValidationException first) {
        StringBuilder text = new StringBuilder();
        for (EDIValidationException e = first; e != null; e = e.getNextException()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(e.getError()).append(" at ").append(e.getLocation().getSegmentTag());
            if (e.getLocation().getElementPosition() > 0) {
                text.append(String.format("%02d", e.getLocation().getElementPosition()));
            }
            if (e.getData() != null && e.getData().length() > 0) {
                text.append(" value '").append(e.getData()).append('\'');
            }
        }
        return text.toString();
    }

    /** One StAEDI writer call sequence. */
    @FunctionalInterface
    private interface WriterStep {
        void run() throws EDIStreamException;
    }
}
