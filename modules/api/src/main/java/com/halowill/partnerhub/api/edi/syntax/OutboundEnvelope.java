package com.halowill.partnerhub.api.edi.syntax;

import java.time.LocalDateTime;
import java.util.Objects;

/** Envelope settings for an interchange the hub sends: parties, version, control numbers, time and syntax. */
public record OutboundEnvelope(
        Party sender,
        Party receiver,
        X12Version version,
        ControlNumbers controlNumbers,
        LocalDateTime timestamp,
        boolean testData,
        Delimiters delimiters,
        boolean lineBreaks,
        String groupReceiver) { // GS03: the partner's application id, its ISA id unless it sent another

    public OutboundEnvelope {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(controlNumbers, "controlNumbers");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(delimiters, "delimiters");
        groupReceiver = groupReceiver == null ? receiver.id() : groupReceiver;
    }

    /** Production data, standard delimiters, a line break after each segment. */
    public static OutboundEnvelope of(Party sender, Party receiver, X12Version version,
            ControlNumbers controlNumbers, LocalDateTime timestamp) {
        return new OutboundEnvelope(sender, receiver, version, controlNumbers, timestamp, false,
                Delimiters.standard(), true, null);
    }

    /** The same, with the partner's own GS application id. */
    public OutboundEnvelope toGroup(String applicationId) {
        return new OutboundEnvelope(sender, receiver, version, controlNumbers, timestamp, testData, delimiters,
                lineBreaks, applicationId);
    }

    public OutboundEnvelope withSyntax(Delimiters delimiters, boolean lineBreaks) {
        return new OutboundEnvelope(sender, receiver, version, controlNumbers, timestamp, testData, delimiters,
                lineBreaks, groupReceiver);
    }

    public OutboundEnvelope asTestData() {
        return new OutboundEnvelope(sender, receiver, version, controlNumbers, timestamp, true, delimiters,
                lineBreaks, groupReceiver);
    }

    /**
     * A writer with this envelope's interchange, one functional group ({@code functionalId}) and one transaction set
     * of {@code type} already started, validated against the type's schema: the document's segments come next.
     */
    public InterchangeWriter open(String functionalId, String type) {
        InterchangeWriter out = new InterchangeWriter(delimiters(), lineBreaks(), version().interchangeVersion());
        out.startInterchange(sender(), receiver(), timestamp(), controlNumbers().interchangeText(), testData());
        out.startGroup(functionalId, sender().id(), groupReceiver(), timestamp(), controlNumbers().groupText(0),
                version().groupVersion());
        out.startTransaction(type, controlNumbers().transactionText(0), SchemaLibrary.transaction(type));
        return out;
    }
}
