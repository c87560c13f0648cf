package com.halowill.partnerhub.api.edi.syntax;

/** Separator characters of an X12 interchange; {@code repetition} is {@link #NONE} when the version has none. */
public record Delimiters(char segment, char element, char component, char repetition) {

    public static final char NONE = '\0';

    public Delimiters {
        char[] used = repetition == NONE
                ? new char[] { segment, element, component }
                : new char[] { segment, element, component, repetition };
        for (int i = 0; i < used.length; i++) {
            if (Character.isLetterOrDigit(used[i]) || used[i] == ' ' || used[i] == NONE) {
                throw new IllegalArgumentException("Delimiter must not be a letter, digit, space or NUL: '" + used[i] + "'");
            }
            for (int j = i + 1; j < used.length; j++) {
                if (used[i] == used[j]) {
                    throw new IllegalArgumentException("Delimiters must be distinct: '" + used[i] + "'");
                }
            }
        }
    }

    /** {@code ~ * : ^} (the repetition separator is only written for 005010). */
    public static Delimiters standard() {
        return new Delimiters('~', '*', ':', '^');
    }

    public boolean hasRepetition() {
        return repetition != NONE;
    }

    @Override
    public String toString() {
        return "Delimiters[segment=" + show(segment) + ", element=" + show(element) + ", component=" + show(component)
                + ", repetition=" + (hasRepetition() ? show(repetition) : "none") + "]";
    }

    private static String show(char c) {
        return c == '\n' ? "\\n" : c == '\r' ? "\\r" : "'" + c + "'";
    }

    /**
     * These delimiters with a repetition separator for versions that need one: an interchange received as 00501 with
     * ISA11 'U' has none, so the first unused of ^ { } \ | ! is chosen.
     */
    public Delimiters withRepetitionFallback() {
        if (hasRepetition()) {
            return this;
        }
        for (char candidate : "^{}\\|!".toCharArray()) {
            if (!contains(candidate)) {
                return new Delimiters(segment, element, component, candidate);
            }
        }
        throw new IllegalStateException("no free repetition separator");
    }

    public boolean contains(char c) {
        return c == segment || c == element || c == component || (hasRepetition() && c == repetition);
    }
}
