package dev.herald.message;

/**
 * One broken WhatsApp limit in a message. Public because the resolver turns it into a runtime error that points at the
 * definition.
 *
 * @param path
 *            JSON path with wire names, e.g. {@code interactive.action.buttons[2].reply.title}
 * @param rule
 *            stable rule id ({@code max_length}, {@code required}, {@code exactly_one_of}, {@code count},
 *            {@code total_count}, {@code pattern}, {@code one_of}, {@code not_allowed}, {@code unique}, {@code range},
 *            {@code number}, {@code url}, {@code consistent}); see
 *            {@link dev.herald.message.constraint.ViolationDetail}
 * @param limit
 *            the limit as text: {@code "1024"} for a length, {@code "1-3"} for a count, {@code "-90..90"} or
 *            {@code "0..9"} for a range, {@code "deterministic|fallback"} for allowed values, the regular expression
 *            for a pattern; null when the rule has none
 * @param actualLength
 *            the code-point length (max_length) or element count (count, total_count) of the invalid value; null for
 *            other rules
 * @param message
 *            human readable, starting with the path: {@code interactive.action.buttons[2].reply.title: 23
 *        characters, limit 20}
 * @param leafBean
 *            the record holding the invalid value (for a violation of a whole object, such as media with both
 *            {@code link} and {@code id}, that object), so the caller can find where the value was defined
 * @param enclosing
 *            every record on the path from the message down to {@code leafBean}, outermost first, for callers that know
 *            where only some of them were defined
 */
public record LimitViolation(String path, String rule, String limit, Integer actualLength, String message,
        Object leafBean, java.util.List<Object> enclosing) {

    public LimitViolation {
        enclosing = enclosing == null ? java.util.List.of() : java.util.Collections.unmodifiableList(enclosing);
    }
}
