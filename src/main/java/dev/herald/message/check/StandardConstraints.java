package dev.herald.message.check;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The Jakarta Validation constraints the messages use, evaluated as the specification defines them. Where an
 * implementation could read the definition two ways the check takes both and requires both (e.g. "blank" as
 * {@code trim()} or as {@link String#isBlank()}), and types it does not handle do not hold: either way a {@code true}
 * here is a {@code true} for the validator. Any other standard constraint is not modelled.
 */
final class StandardConstraints {

    private StandardConstraints() {
    }

    static boolean isStandard(Annotation annotation) {
        return annotation.annotationType().getPackageName().equals(NotNull.class.getPackageName());
    }

    /** The predicate of a standard constraint, or null when it is not modelled. */
    static Predicate<Object> of(Annotation annotation) {
        if (annotation instanceof NotNull) {
            return value -> value != null;
        }
        if (annotation instanceof NotBlank) {
            return value -> value instanceof CharSequence text && !text.toString().isBlank()
                    && !text.toString().trim().isEmpty();
        }
        if (annotation instanceof NotEmpty) {
            return value -> value != null && size(value) > 0;
        }
        if (annotation instanceof Size size) {
            return value -> value == null || size(value) >= size.min() && size(value) <= size.max();
        }
        if (annotation instanceof Pattern pattern) {
            return pattern(pattern);
        }
        if (annotation instanceof Min min) {
            return value -> value == null || integral(value) && ((Number) value).longValue() >= min.value();
        }
        if (annotation instanceof Max max) {
            return value -> value == null || integral(value) && ((Number) value).longValue() <= max.value();
        }
        return null;
    }

    private static Predicate<Object> pattern(Pattern pattern) {
        int flags = 0;
        for (Pattern.Flag flag : pattern.flags()) {
            flags |= flag.getValue();
        }
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(pattern.regexp(), flags);
        return value -> value == null || value instanceof CharSequence text && regex.matcher(text).matches();
    }

    /** Length, size or element count; -1 (never in range) for other types. */
    private static int size(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> collection) {
            return collection.size();
        }
        if (value instanceof Map<?, ?> map) {
            return map.size();
        }
        return value.getClass().isArray() ? Array.getLength(value) : -1;
    }

    private static boolean integral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }
}
