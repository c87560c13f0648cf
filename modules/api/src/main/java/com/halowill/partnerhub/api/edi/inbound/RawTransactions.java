package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.Delimiters;
import com.halowill.partnerhub.api.edi.syntax.TransactionKey;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The text of each transaction set exactly as the interchange carried it, from its ST to its SE, by group and
 * transaction control number: what an order keeps of the 850 it came from, every segment included.
 */
final class RawTransactions {

    private RawTransactions() {
    }

    static Map<TransactionKey, String> of(String interchange, Delimiters delimiters) {
        Map<TransactionKey, String> out = new HashMap<>();
        String terminator = String.valueOf(delimiters.segment());
        Pattern element = Pattern.compile(Pattern.quote(String.valueOf(delimiters.element())));
        String group = null;
        String control = null;
        StringBuilder current = null;
        for (String raw : interchange.split(Pattern.quote(terminator))) {
            String segment = raw.strip();
            if (segment.isEmpty()) {
                continue;
            }
            String[] elements = element.split(segment, -1);
            switch (elements[0]) {
                case "GS" -> group = elements.length > 6 ? elements[6] : null;
                case "ST" -> {
                    control = elements.length > 2 ? elements[2] : null;
                    current = new StringBuilder();
                }
                default -> {
                }
            }
            if (current != null) {
                current.append(segment).append(terminator).append('\n');
            }
            if ("SE".equals(elements[0]) && current != null) {
                if (group != null && control != null) {
                    out.putIfAbsent(new TransactionKey(group, control), current.toString());
                }
                current = null;
            }
        }
        return out;
    }
}
