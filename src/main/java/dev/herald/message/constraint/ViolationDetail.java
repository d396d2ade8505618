package dev.herald.message.constraint;

import java.io.Serializable;

/**
 * The machine-readable side of one constraint violation: a stable rule id, the limit it enforces and the measured size
 * of the invalid value. Validators attach it as Hibernate Validator's dynamic payload; public because the
 * {@code dev.herald.message.MessageValidator} reads it back.
 *
 * @param rule
 *            the rule id, one of the constants of this class
 * @param limit
 *            the limit as text ({@code "1024"}, {@code "1-3"}, {@code "-90..90"}, {@code "deterministic|fallback"}), or
 *            null when the rule has none
 * @param actualLength
 *            the code-point length or element count of the invalid value, or null
 */
public record ViolationDetail(String rule, String limit, Integer actualLength) implements Serializable {

    /** Text longer than allowed, counted in code points: {@code reply.title} of 23 characters, limit {@code 20}. */
    public static final String MAX_LENGTH = "max_length";
    /** A required value is null or blank: {@code text.body} missing. */
    public static final String REQUIRED = "required";
    /** Neither or both of two alternatives are set: media with both {@code link} and {@code id}. */
    public static final String EXACTLY_ONE_OF = "exactly_one_of";
    /** A list has too few or too many elements: 4 reply buttons, limit {@code 1-3}. */
    public static final String COUNT = "count";
    /** The elements of nested lists add up to too many: 11 list rows over all sections, limit {@code 1-10}. */
    public static final String TOTAL_COUNT = "total_count";
    /** Text does not match a pattern: currency {@code code} {@code "usd"}, limit {@code [A-Z]{3}}. */
    public static final String PATTERN = "pattern";
    /** A value outside a fixed set: language {@code policy} {@code "strict"}, limit {@code deterministic|fallback}. */
    public static final String ONE_OF = "one_of";
    /** A value that must be absent in its context: {@code audio.caption}. */
    public static final String NOT_ALLOWED = "not_allowed";
    /** A value repeated where values must differ: two reply buttons titled {@code "Yes"}. */
    public static final String UNIQUE = "unique";
    /** A number outside its range: latitude {@code "91"}, limit {@code -90..90}; {@code card_index} 12. */
    public static final String RANGE = "range";
    /** Text that is not a decimal number: latitude {@code "north"}. */
    public static final String NUMBER = "number";
    /** Not an absolute http or https URL: media {@code link} {@code "ftp://x"}. */
    public static final String URL = "url";
    /** A carousel card whose action differs in kind or button count from the first card. */
    public static final String CONSISTENT = "consistent";

    static ViolationDetail maxLength(int max, int actual) {
        return new ViolationDetail(MAX_LENGTH, Integer.toString(max), actual);
    }

    static ViolationDetail required() {
        return new ViolationDetail(REQUIRED, null, null);
    }

    static ViolationDetail count(String rule, int min, int max, int actual) {
        return new ViolationDetail(rule, min + "-" + max, actual);
    }

    static ViolationDetail of(String rule, String limit) {
        return new ViolationDetail(rule, limit, null);
    }

    /** The length of {@code text} in Unicode code points, as WhatsApp counts characters. */
    public static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}
