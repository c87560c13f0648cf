package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.ControlNumbers;
import com.halowill.partnerhub.api.edi.syntax.Delimiters;
import com.halowill.partnerhub.api.edi.syntax.InterchangeWriter;
import com.halowill.partnerhub.api.edi.syntax.X12Version;
import java.time.LocalDateTime;

/**
 * The TA1 that rejects a whole interchange (parties swapped, the sender's version and separators): TA104 {@code R}
 * with the note code of the X12 interchange acknowledgment, such as 006 (invalid interchange sender id).
 */
final class InterchangeRefusal {

    private InterchangeRefusal() {
    }

    static String write(Interchange received, ControlNumbers numbers, LocalDateTime timestamp, String noteCode) {
        Delimiters delimiters = X12Version.hasRepetitionSeparator(received.version())
                ? received.delimiters().withRepetitionFallback() : received.delimiters();
        InterchangeWriter out = new InterchangeWriter(delimiters, true, received.version());
        out.startInterchange(received.receiver(), received.sender(), timestamp, numbers.interchangeText(),
                "T".equals(received.usageIndicator()));
        out.interchangeAcknowledgment(received.controlNumber(), received.date(), received.time(), "R", noteCode);
        return out.finish();
    }
}
