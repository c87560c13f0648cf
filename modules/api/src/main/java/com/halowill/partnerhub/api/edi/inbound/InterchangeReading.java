package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.Delimiters;
import com.halowill.partnerhub.api.edi.syntax.ElementSyntaxCode;
import com.halowill.partnerhub.api.edi.syntax.EnvelopeError;
import com.halowill.partnerhub.api.edi.syntax.EnvelopeErrorTable;
import com.halowill.partnerhub.api.edi.syntax.MalformedInterchange;
import com.halowill.partnerhub.api.edi.syntax.Party;
import com.halowill.partnerhub.api.edi.syntax.SegmentBuffer;
import com.halowill.partnerhub.api.edi.syntax.SegmentSyntaxCode;
import com.halowill.partnerhub.api.edi.syntax.ValidationErrorTable;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One pass of StAEDI events over one interchange, dispatching segments and errors to envelope, group and transaction collectors. */
final class InterchangeReading {

    private final EDIStreamReader reader;
    private final Map<String, Schema> schemas;
    private final Iterator<String> types;
    private final Deque<String> loops = new ArrayDeque<>();
    private final List<FunctionalGroup> groups = new ArrayList<>();
    private final List<EnvelopeError> errors = new ArrayList<>();
    private Delimiters delimiters;
    private SegmentBuffer isa;
    private SegmentBuffer segment;
    private GroupCollector group;
    private TransactionCollector transaction;
    private boolean started;

    /** {@code types}: the ST01 of each transaction in order, as a scan of the text found them (may be short). */
    InterchangeReading(EDIStreamReader reader, Map<String, Schema> schemas, List<String> types) {
        this.reader = reader;
        this.schemas = schemas;
        this.types = types.iterator();
    }

    boolean started() {
        return started;
    }

    Interchange read() throws EDIStreamException, MalformedInterchange {
        while (reader.hasNext()) {
            EDIStreamEvent event = reader.next();
            if (event == EDIStreamEvent.END_INTERCHANGE) {
                return interchange();
            }
            handle(event);
        }
        throw new MalformedInterchange(MalformedInterchange.Reason.TRUNCATED, "input ended before IEA");
    }

    private void handle(EDIStreamEvent event) throws MalformedInterchange {
        switch (event) {
        case START_INTERCHANGE:
            startInterchange();
            break;
        case START_GROUP:
            group = new GroupCollector();
            break;
        case END_GROUP:
            groups.add(group.finish());
            group = null;
            break;
        case START_TRANSACTION:
            startTransaction();
            break;
        case END_TRANSACTION:
            group.add(transaction.finish());
            transaction = null;
            loops.clear();
            break;
        case START_LOOP:
            loops.push(reader.getReferenceCode());
            break;
        case END_LOOP:
            loops.poll();
            break;
        case START_SEGMENT:
            segment = new SegmentBuffer(reader.getText(), reader.getLocation().getSegmentPosition());
            break;
        case ELEMENT_DATA:
            Location at = reader.getLocation();
            segment.put(at.getElementPosition(), at.getElementOccurrence(), at.getComponentPosition(), reader.getText());
            break;
        case END_SEGMENT:
            endSegment();
            break;
        case SEGMENT_ERROR:
        case ELEMENT_DATA_ERROR:
        case ELEMENT_OCCURRENCE_ERROR:
            error(event);
            break;
        default:
            break;
        }
    }

    private void startInterchange() throws MalformedInterchange {
        started = true;
        if (!Standards.X12.equals(reader.getStandard())) {
            throw new MalformedInterchange(MalformedInterchange.Reason.NOT_X12,
                    "interchange is " + reader.getStandard() + ", not X12");
        }
        var map = reader.getDelimiters();
        Character repetition = map.get(EDIStreamReader.Delimiters.REPETITION);
        delimiters = new Delimiters(map.get(EDIStreamReader.Delimiters.SEGMENT),
                map.get(EDIStreamReader.Delimiters.DATA_ELEMENT),
                map.get(EDIStreamReader.Delimiters.COMPONENT_ELEMENT),
                repetition == null ? Delimiters.NONE : repetition);
    }

    private void startTransaction() throws MalformedInterchange {
        if (group == null) {
            throw new MalformedInterchange(MalformedInterchange.Reason.SYNTAX, "transaction set outside a functional group (no GS)");
        }
        String scanned = types.hasNext() ? types.next() : null;
        String type = scanned;
        try {
            type = reader.getTransactionType();
        } catch (IllegalStateException e) {
            // StAEDI 1.26.0 cannot tell the type of the 2nd+ transaction here; the scan of the text tells it
        }
        type = type == null ? scanned : type;
        reader.setTransactionSchema(schemas.get(type == null ? TransactionCollector.PURCHASE_ORDER : type));
        transaction = new TransactionCollector(group.controlNumber(), reader.getLocation().getSegmentPosition());
        loops.clear();
    }

    private void endSegment() {
        switch (segment.tag()) {
        case "ISA":
            isa = segment;
            break;
        case "GS":
            group.header(segment);
            break;
        case "GE":
            group.trailer(segment);
            break;
        case "ST":
            if (transaction != null) {
                transaction.header(segment);
            }
            break;
        case "SE":
        case "IEA":
            break;
        default:
            if (transaction != null) {
                transaction.segment(segment, loops);
            }
            break;
        }
    }

    private void error(EDIStreamEvent event) throws MalformedInterchange {
        EDIStreamValidationError type = reader.getErrorType();
        Location at = reader.getLocation();
        boolean segmentError = event == EDIStreamEvent.SEGMENT_ERROR;
        String value = textOrNull();
        String tag = segmentError ? value : at.getSegmentTag();
        int element = segmentError ? 0 : at.getElementPosition();
        String description = EnvelopeErrorTable.describe(type, tag, element, segmentError ? null : value);

        if (transaction != null) {
            transactionError(type, at, segmentError, tag, element, value, description);
        } else if (group != null) {
            group.error(new EnvelopeError(EnvelopeErrorTable.groupCode(tag, segmentError, element), description));
        } else if ("ISA".equals(tag) && element > 0) {
            throw new MalformedInterchange(description, element);
        } else if ("ISA".equals(tag) || isa == null) {
            throw new MalformedInterchange(MalformedInterchange.Reason.INVALID_HEADER, description);
        } else {
            errors.add(new EnvelopeError(EnvelopeErrorTable.interchangeCode(tag, element), description));
        }
    }

    private void transactionError(EDIStreamValidationError type, Location at, boolean segmentError, String tag,
            int element, String value, String description) {
        String envelopeCode = EnvelopeErrorTable.transactionCode(tag, segmentError, element);
        if (envelopeCode != null) {
            transaction.envelopeError(new EnvelopeError(envelopeCode, description));
            return;
        }
        int position = transaction.relative(at.getSegmentPosition());
        String loop = loops.peek();
        if (segmentError) {
            SegmentSyntaxCode code = ValidationErrorTable.segmentCode(type);
            if (code != null) {
                transaction.error(X12Error.segment(tag, position, loop, code, type.name()));
            }
            return;
        }
        ElementSyntaxCode code = ValidationErrorTable.elementCode(type);
        if (code != null) {
            int component = Math.max(at.getComponentPosition(), 0);
            int repetition = at.getElementOccurrence() > 1 ? at.getElementOccurrence() : 0;
            String reference = numericOrNull(reader.getReferenceCode());
            transaction.error(X12Error.element(tag, position, loop, element, component, repetition, reference, code,
                    value == null || value.isEmpty() ? null : value, type.name()));
        }
    }

    /** StAEDI 1.26.0 reports hasText() for syntax-rule errors raised at segment end, but getText() then throws an NPE. */
    private String textOrNull() {
        try {
            return reader.hasText() ? reader.getText() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String numericOrNull(String reference) {
        return reference != null && reference.chars().allMatch(Character::isDigit) && !reference.isEmpty() ? reference : null;
    }

    private Interchange interchange() {
        Party sender = new Party(isa.get(5), isa.get(6).trim());
        Party receiver = new Party(isa.get(7), isa.get(8).trim());
        return new Interchange(isa.get(13), sender, receiver, isa.get(12), isa.get(9), isa.get(10), isa.get(15),
                "1".equals(isa.get(14)), delimiters, groups, errors);
    }
}
