package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.ControlNumbers;
import com.halowill.partnerhub.api.edi.syntax.Delimiters;
import com.halowill.partnerhub.api.edi.syntax.InterchangeWriter;
import com.halowill.partnerhub.api.edi.syntax.SchemaLibrary;
import com.halowill.partnerhub.api.edi.syntax.TransactionKey;
import com.halowill.partnerhub.api.edi.syntax.X12Version;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;

/** Writes the 997 interchange answering one received interchange (parties swapped, same versions and delimiters). */
public final class FunctionalAcknowledgment {

    private final boolean lineBreaks;

    /** Segments follow each other without line breaks, exactly like a received interchange with none. */
    public FunctionalAcknowledgment() {
        this(false);
    }

    /** @param lineBreaks write a line break after each segment terminator */
    public FunctionalAcknowledgment(boolean lineBreaks) {
        this.lineBreaks = lineBreaks;
    }

    /** A 997 reporting syntax results only. */
    public String write(Interchange received, ControlNumbers numbers, LocalDateTime timestamp) {
        return write(received, numbers, timestamp, Map.of());
    }

    /**
     * A 997 reporting syntax results plus the caller's business reviews, keyed by {@link ReceivedTransaction#key()}.
     * Group n (0-based) of the answer uses GS06 = numbers.group + n and ST02 = numbers.transaction + n.
     */
    public String write(Interchange received, ControlNumbers numbers, LocalDateTime timestamp,
            Map<TransactionKey, BusinessReview> reviews) {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(reviews, "reviews");
        Delimiters delimiters = X12Version.hasRepetitionSeparator(received.version())
                ? received.delimiters().withRepetitionFallback() : received.delimiters();
        InterchangeWriter out = new InterchangeWriter(delimiters, lineBreaks, received.version());
        out.startInterchange(received.receiver(), received.sender(), timestamp, numbers.interchangeText(),
                "T".equals(received.usageIndicator()));
        int offset = 0;
        for (FunctionalGroup group : received.groups()) {
            out.startGroup("FA", group.applicationReceiver(), group.applicationSender(), timestamp,
                    numbers.groupText(offset), group.version());
            out.startTransaction("997", numbers.transactionText(offset), SchemaLibrary.transaction("997"));
            new GroupAcknowledgment(out, group, reviews, delimiters).write();
            out.endTransaction();
            out.endGroup();
            offset++;
        }
        return out.finish();
    }
}
