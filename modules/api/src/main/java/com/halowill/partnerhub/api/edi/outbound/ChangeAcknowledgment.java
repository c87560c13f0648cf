package com.halowill.partnerhub.api.edi.outbound;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Input of an 865: HaloWill's answer to one change of a purchase order, line by line. */
public record ChangeAcknowledgment(
        String requestId,        // BCA07 the change request's id
        String poNumber,         // BCA03
        LocalDate poDate,        // BCA06
        AcknowledgmentType type, // BCA02
        List<ChangedLine> lines) {

    public ChangeAcknowledgment {
        Objects.requireNonNull(poNumber, "poNumber");
        Objects.requireNonNull(type, "type");
        lines = List.copyOf(lines);
    }

    /** One POC: the line as the buyer numbered it, the change asked (POC02, POC03) and the ACKs that answer it. */
    public record ChangedLine(String lineNumber, String changeType, Integer quantity, String sku,
            List<ScheduleEntry> answer) {

        public ChangedLine {
            answer = List.copyOf(answer);
        }
    }
}
