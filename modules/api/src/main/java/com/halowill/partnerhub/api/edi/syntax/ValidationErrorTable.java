package com.halowill.partnerhub.api.edi.syntax;

import static io.xlate.edi.stream.EDIStreamValidationError.*;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.EnumMap;
import java.util.Map;

/**
 * Maps StAEDI validation errors inside a transaction to X12 997 codes.
 *
 * <pre>
 * StAEDI EDIStreamValidationError                      X12 code
 * ---------------------------------------------------  -------------------------------------------------
 * UNRECOGNIZED_SEGMENT_ID                              AK304 1  unrecognized segment ID
 * UNEXPECTED_SEGMENT                                   AK304 2  unexpected segment
 * MANDATORY_SEGMENT_MISSING                            AK304 3  mandatory segment missing
 * LOOP_OCCURS_OVER_MAXIMUM_TIMES                       AK304 4  loop occurs over maximum times
 * SEGMENT_EXCEEDS_MAXIMUM_USE                          AK304 5  segment exceeds maximum use
 * SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET               AK304 6  segment not in defined transaction set
 * SEGMENT_NOT_IN_PROPER_SEQUENCE                       AK304 7  segment not in proper sequence
 * SEGMENT_HAS_DATA_ELEMENT_ERRORS                      AK304 8  segment has data element errors
 * IMPLEMENTATION_UNUSED_SEGMENT_PRESENT                AK304 I4 (2 before 005010)
 * IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING             AK304 I6 (3 before 005010)
 * IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES       AK304 I7 (3 before 005010)
 * IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE             AK304 I8 (3 before 005010)
 * IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT      AK304 I9 (2 before 005010)
 * CONDITIONAL_REQUIRED_SEGMENT_MISSING                 AK304 3  (997 has no conditional code; nearest)
 * SEGMENT_EXCLUSION_CONDITION_VIOLATED                 AK304 2  (997 has no exclusion code; nearest)
 * REQUIRED_DATA_ELEMENT_MISSING                        AK403 1  mandatory data element missing
 * CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING            AK403 2  conditional required data element missing
 * TOO_MANY_DATA_ELEMENTS                               AK403 3  too many data elements
 * DATA_ELEMENT_TOO_SHORT                               AK403 4  data element too short
 * DATA_ELEMENT_TOO_LONG                                AK403 5  data element too long
 * INVALID_CHARACTER_DATA                               AK403 6  invalid character in data element
 * INVALID_CODE_VALUE                                   AK403 7  invalid code value
 * INVALID_DATE                                         AK403 8  invalid date
 * INVALID_TIME                                         AK403 9  invalid time
 * EXCLUSION_CONDITION_VIOLATED                         AK403 10 exclusion condition violated
 * TOO_MANY_REPETITIONS                                 AK403 12 (3 before 005010)
 * TOO_MANY_COMPONENTS                                  AK403 13 (3 before 005010)
 * IMPLEMENTATION_INVALID_CODE_VALUE                    AK403 I6 (7 before 005010)
 * IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING        AK403 I9 (1 before 005010)
 * IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT           AK403 I10 (3 before 005010)
 * IMPLEMENTATION_TOO_FEW_REPETITIONS                   AK403 I11 (1 before 005010)
 * IMPLEMENTATION_PATTERN_MATCH_FAILURE                 AK403 I12 (6 before 005010)
 * IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT AK403 I13 (3 before 005010)
 * CONTROL_REFERENCE_MISMATCH         (envelope)        SE02: AK502 3, GE02: AK905 4, IEA02: TA105 001
 * CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT (envelope) SE01: AK502 4, GE01: AK905 5, IEA01: TA105 021
 * </pre>
 * Envelope errors are handled by {@link EnvelopeErrorTable}.
 */
@SuppressWarnings("deprecation") // several StAEDI constants are deprecated but still reported by 1.26
public final class ValidationErrorTable {

    private static final Map<EDIStreamValidationError, SegmentSyntaxCode> SEGMENT = new EnumMap<>(EDIStreamValidationError.class);
    private static final Map<EDIStreamValidationError, ElementSyntaxCode> ELEMENT = new EnumMap<>(EDIStreamValidationError.class);

    static {
        SEGMENT.put(UNRECOGNIZED_SEGMENT_ID, SegmentSyntaxCode.UNRECOGNIZED_SEGMENT_ID);
        SEGMENT.put(UNEXPECTED_SEGMENT, SegmentSyntaxCode.UNEXPECTED_SEGMENT);
        SEGMENT.put(MANDATORY_SEGMENT_MISSING, SegmentSyntaxCode.MANDATORY_SEGMENT_MISSING);
        SEGMENT.put(LOOP_OCCURS_OVER_MAXIMUM_TIMES, SegmentSyntaxCode.LOOP_OCCURS_OVER_MAXIMUM_TIMES);
        SEGMENT.put(SEGMENT_EXCEEDS_MAXIMUM_USE, SegmentSyntaxCode.SEGMENT_EXCEEDS_MAXIMUM_USE);
        SEGMENT.put(SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET, SegmentSyntaxCode.SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET);
        SEGMENT.put(SEGMENT_NOT_IN_PROPER_SEQUENCE, SegmentSyntaxCode.SEGMENT_NOT_IN_PROPER_SEQUENCE);
        SEGMENT.put(SEGMENT_HAS_DATA_ELEMENT_ERRORS, SegmentSyntaxCode.SEGMENT_HAS_DATA_ELEMENT_ERRORS);
        SEGMENT.put(IMPLEMENTATION_UNUSED_SEGMENT_PRESENT, SegmentSyntaxCode.IMPLEMENTATION_NOT_USED_SEGMENT_PRESENT);
        SEGMENT.put(IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING, SegmentSyntaxCode.IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING);
        SEGMENT.put(IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES, SegmentSyntaxCode.IMPLEMENTATION_LOOP_UNDER_MINIMUM_TIMES);
        SEGMENT.put(IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE, SegmentSyntaxCode.IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE);
        SEGMENT.put(IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT, SegmentSyntaxCode.IMPLEMENTATION_DEPENDENT_NOT_USED_SEGMENT_PRESENT);
        SEGMENT.put(CONDITIONAL_REQUIRED_SEGMENT_MISSING, SegmentSyntaxCode.MANDATORY_SEGMENT_MISSING);
        SEGMENT.put(SEGMENT_EXCLUSION_CONDITION_VIOLATED, SegmentSyntaxCode.UNEXPECTED_SEGMENT);

        ELEMENT.put(REQUIRED_DATA_ELEMENT_MISSING, ElementSyntaxCode.MANDATORY_ELEMENT_MISSING);
        ELEMENT.put(CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING, ElementSyntaxCode.CONDITIONAL_REQUIRED_ELEMENT_MISSING);
        ELEMENT.put(TOO_MANY_DATA_ELEMENTS, ElementSyntaxCode.TOO_MANY_DATA_ELEMENTS);
        ELEMENT.put(DATA_ELEMENT_TOO_SHORT, ElementSyntaxCode.DATA_ELEMENT_TOO_SHORT);
        ELEMENT.put(DATA_ELEMENT_TOO_LONG, ElementSyntaxCode.DATA_ELEMENT_TOO_LONG);
        ELEMENT.put(INVALID_CHARACTER_DATA, ElementSyntaxCode.INVALID_CHARACTER);
        ELEMENT.put(INVALID_CODE_VALUE, ElementSyntaxCode.INVALID_CODE_VALUE);
        ELEMENT.put(INVALID_DATE, ElementSyntaxCode.INVALID_DATE);
        ELEMENT.put(INVALID_TIME, ElementSyntaxCode.INVALID_TIME);
        ELEMENT.put(EXCLUSION_CONDITION_VIOLATED, ElementSyntaxCode.EXCLUSION_CONDITION_VIOLATED);
        ELEMENT.put(TOO_MANY_REPETITIONS, ElementSyntaxCode.TOO_MANY_REPETITIONS);
        ELEMENT.put(TOO_MANY_COMPONENTS, ElementSyntaxCode.TOO_MANY_COMPONENTS);
        ELEMENT.put(IMPLEMENTATION_INVALID_CODE_VALUE, ElementSyntaxCode.CODE_VALUE_NOT_USED_IN_IMPLEMENTATION);
        ELEMENT.put(IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING, ElementSyntaxCode.IMPLEMENTATION_DEPENDENT_ELEMENT_MISSING);
        ELEMENT.put(IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT, ElementSyntaxCode.IMPLEMENTATION_NOT_USED_ELEMENT_PRESENT);
        ELEMENT.put(IMPLEMENTATION_TOO_FEW_REPETITIONS, ElementSyntaxCode.IMPLEMENTATION_TOO_FEW_REPETITIONS);
        ELEMENT.put(IMPLEMENTATION_PATTERN_MATCH_FAILURE, ElementSyntaxCode.IMPLEMENTATION_PATTERN_MATCH_FAILURE);
        ELEMENT.put(IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT, ElementSyntaxCode.IMPLEMENTATION_DEPENDENT_NOT_USED_ELEMENT_PRESENT);
    }

    private ValidationErrorTable() {
    }

    /** AK304 code for a segment-level StAEDI error, or null if it is not one. */
    public static SegmentSyntaxCode segmentCode(EDIStreamValidationError error) {
        return SEGMENT.get(error);
    }

    /** AK403 code for an element-level StAEDI error, or null if it is not one. */
    public static ElementSyntaxCode elementCode(EDIStreamValidationError error) {
        return ELEMENT.get(error);
    }
}
