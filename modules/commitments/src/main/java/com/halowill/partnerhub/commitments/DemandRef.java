package com.halowill.partnerhub.commitments;

import java.util.Collection;
import java.util.List;

/** The reference a demand is promised under: an order line's, as its commitment and history name it. */
public record DemandRef(String value) {

    public DemandRef {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a demand reference is never blank");
        }
    }

    /** The references of these texts, in their order. */
    public static List<DemandRef> all(Collection<String> values) {
        return values.stream().map(DemandRef::new).toList();
    }

    /** The texts of these references, in their order. */
    public static List<String> values(Collection<DemandRef> refs) {
        return refs.stream().map(DemandRef::value).toList();
    }

    @Override
    public String toString() {
        return value;
    }
}
