package com.halowill.partnerhub.api.edi.inbound;

import com.halowill.partnerhub.api.edi.syntax.Delimiters;
import com.halowill.partnerhub.api.edi.syntax.ElementSyntaxCode;
import com.halowill.partnerhub.api.edi.syntax.InterchangeWriter;
import com.halowill.partnerhub.api.edi.syntax.SegmentSyntaxCode;
import com.halowill.partnerhub.api.edi.syntax.TransactionKey;
import com.halowill.partnerhub.api.edi.syntax.X12Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the body of one 997 (AK1, AK2/AK3/AK4/AK5 per transaction, AK9) for one received functional group. */
final class GroupAcknowledgment {

    private static final int MAX_ELEMENT_NOTES = 99;
    private static final int MAX_BAD_DATA = 99;
    private static final int MAX_CODES = 5;

    private final InterchangeWriter out;
    private final FunctionalGroup group;
    private final Map<TransactionKey, BusinessReview> reviews;
    private final Delimiters delimiters;
    private final boolean release5;
    private int accepted;
    private boolean errorsNoted;

    GroupAcknowledgment(InterchangeWriter out, FunctionalGroup group, Map<TransactionKey, BusinessReview> reviews,
            Delimiters delimiters) {
        this.out = out;
        this.group = group;
        this.reviews = reviews;
        this.delimiters = delimiters;
        this.release5 = X12Version.isRelease5(group.version());
    }

    void write() {
        out.segment("AK1", group.functionalId(), group.controlNumber(), release5 ? group.version() : null);
        for (ReceivedTransaction transaction : group.transactions()) {
            if (transaction.type() != null && transaction.controlNumber() != null) {
                transaction(transaction);
            }
        }
        groupTrailer();
    }

    private void transaction(ReceivedTransaction transaction) {
        BusinessReview review = reviews.getOrDefault(transaction.key(), BusinessReview.accepted());
        List<X12Error> all = new ArrayList<>(transaction.errors());
        all.addAll(review.errors());
        out.segment("AK2", transaction.type(), transaction.controlNumber());
        segmentNotes(all);

        boolean syntaxProblem = !transaction.errors().isEmpty() || !transaction.envelopeErrors().isEmpty()
                || transaction.omittedErrors() > 0;
        String status = syntaxProblem || review.reject() ? "R" : all.isEmpty() ? "A" : "E";
        Set<String> codes = new LinkedHashSet<>();
        transaction.envelopeErrors().forEach(e -> codes.add(e.code()));
        if (!all.isEmpty()) {
            codes.add("5");
        }
        codes.remove(null);
        out.segment("AK5", withCodes(status, codes));
        if (!"R".equals(status)) {
            accepted++;
            errorsNoted |= "E".equals(status);
        }
    }

    /** One AK3 per segment in error (sorted by position), its element errors as AK4. */
    private void segmentNotes(List<X12Error> errors) {
        Map<String, List<X12Error>> bySegment = new LinkedHashMap<>();
        errors.stream()
                .sorted(Comparator.comparingInt(X12Error::segmentPosition))
                .forEach(e -> bySegment.computeIfAbsent(e.segmentPosition() + "/" + e.segmentTag(), k -> new ArrayList<>()).add(e));
        for (List<X12Error> segmentErrors : bySegment.values()) {
            X12Error first = segmentErrors.get(0);
            List<X12Error> segmentLevel = segmentErrors.stream().filter(X12Error::isSegmentLevel).toList();
            List<X12Error> elementLevel = segmentErrors.stream().filter(e -> !e.isSegmentLevel()).toList();
            if (segmentLevel.isEmpty()) {
                ak3(first, SegmentSyntaxCode.SEGMENT_HAS_DATA_ELEMENT_ERRORS.codeFor(group.version()));
            } else {
                for (X12Error e : segmentLevel) {
                    ak3(e, segmentCode(e.code()));
                }
            }
            elementLevel.stream().limit(MAX_ELEMENT_NOTES).forEach(this::ak4);
        }
    }

    private void ak3(X12Error error, String code) {
        // AK303 (loop identifier) is only meaningful for bounded LS/LE loops, which the 850 does not use
        out.segment("AK3", error.segmentTag(), Integer.toString(error.segmentPosition()), null, code);
    }

    private void ak4(X12Error error) {
        String component = error.componentPosition() > 0 ? Integer.toString(error.componentPosition()) : null;
        String repetition = error.repetition() > 0 ? Integer.toString(error.repetition()) : null;
        String[] position = release5
                ? new String[] { Integer.toString(error.elementPosition()), component, repetition }
                : new String[] { Integer.toString(error.elementPosition()), component };
        out.segment("AK4", position, error.elementReference(), elementCode(error.code()), badData(error.badValue()));
    }

    private void groupTrailer() {
        int received = group.transactions().size();
        Set<String> codes = new LinkedHashSet<>();
        group.errors().forEach(e -> codes.add(e.code()));
        codes.remove(null);
        String status;
        if (!group.errors().isEmpty() || (received > 0 && accepted == 0)) {
            status = "R";
        } else if (accepted < received) {
            status = "P";
        } else {
            status = errorsNoted ? "E" : "A";
        }
        String[] head = { status, declaredCount(received), Integer.toString(received), Integer.toString(accepted) };
        out.segment("AK9", concat(head, codes));
    }

    private String declaredCount(int received) {
        String declared = group.declaredTransactionCount();
        boolean numeric = declared != null && declared.length() <= 6 && declared.chars().allMatch(Character::isDigit);
        return numeric ? declared : Integer.toString(received);
    }

    private String segmentCode(String code) {
        SegmentSyntaxCode known = SegmentSyntaxCode.ofCode(code);
        return known == null ? code : known.codeFor(group.version());
    }

    private String elementCode(String code) {
        ElementSyntaxCode known = ElementSyntaxCode.ofCode(code);
        return known == null ? code : known.codeFor(group.version());
    }

    private String badData(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        StringBuilder copy = new StringBuilder(Math.min(value.length(), MAX_BAD_DATA));
        for (int i = 0; i < value.length() && copy.length() < MAX_BAD_DATA; i++) {
            char c = value.charAt(i);
            copy.append(delimiters.contains(c) || Character.isISOControl(c) ? ' ' : c);
        }
        String text = copy.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static Object[] withCodes(String status, Set<String> codes) {
        return concat(new String[] { status }, codes);
    }

    private static Object[] concat(String[] head, Set<String> codes) {
        List<Object> values = new ArrayList<>(List.of((Object[]) head));
        codes.stream().limit(MAX_CODES).forEach(values::add);
        return values.toArray();
    }
}
