package dev.herald.message.constraint;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Collects the violations of one class-level validator, each on a nested property path written with Java component
 * names ({@code action.buttons[2].reply.title}) and carrying its {@link ViolationDetail}. Message templates are fixed
 * texts: values from the message never enter them.
 */
final class Report {

    private final ConstraintValidatorContext context;
    private boolean valid = true;

    Report(ConstraintValidatorContext context) {
        this.context = context;
        context.disableDefaultConstraintViolation();
    }

    boolean valid() {
        return valid;
    }

    /** Reports a violation at {@code path}; an empty path names the validated object itself. */
    void add(String path, ViolationDetail detail, String template) {
        valid = false;
        context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(detail);
        var builder = context.buildConstraintViolationWithTemplate(template);
        if (path.isEmpty()) {
            builder.addConstraintViolation();
            return;
        }
        Function<String, NodeBuilderCustomizableContext> property = builder::addPropertyNode;
        Supplier<LeafNodeBuilderCustomizableContext> bean = null;
        Runnable done = null;
        Integer pendingIndex = null;
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            NodeBuilderCustomizableContext node = property.apply(name);
            if (pendingIndex != null) {
                NodeBuilderDefinedContext defined = node.inIterable().atIndex(pendingIndex);
                property = defined::addPropertyNode;
                bean = defined::addBeanNode;
                done = defined::addConstraintViolation;
            } else {
                property = node::addPropertyNode;
                bean = node::addBeanNode;
                done = node::addConstraintViolation;
            }
            pendingIndex = bracket < 0 ? null : Integer.valueOf(segment.substring(bracket + 1, segment.length() - 1));
        }
        if (pendingIndex != null) {
            bean.get().inIterable().atIndex(pendingIndex).addConstraintViolation();
        } else {
            done.run();
        }
    }

    /** Reports {@code required} when the value is null or a blank string; true when present. */
    boolean required(String path, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(path, ViolationDetail.required(), "is required");
            return false;
        }
        return true;
    }

    /** Reports {@code not_allowed} when the value is present; {@code where} completes "is not allowed ...". */
    void notAllowed(String path, Object value, String where) {
        if (value != null) {
            add(path, ViolationDetail.of(ViolationDetail.NOT_ALLOWED, null), "is not allowed " + where);
        }
    }

    /** Reports {@code not_allowed} "when type is {@code type}" when the value is present. */
    void notAllowedWhenType(String path, Object value, String type) {
        if (value != null) {
            notAllowed(path, value, "when type is " + type);
        }
    }

    /**
     * A tagged union: {@code type} names which one of the {@code types} fields is set (each type is the name of its
     * field, whose value {@code field} gives by index). That field is required and every other one must be absent; a
     * type that is none of them is reported {@code one_of}. Returns the type's index, or -1.
     */
    int union(String type, List<String> types, IntFunction<Object> field) {
        int typed = type == null ? -1 : types.indexOf(type);
        if (typed < 0) {
            oneOf("type", type, types.toArray(String[]::new));
            return -1;
        }
        required(type, field.apply(typed));
        for (int i = 0; i < types.size(); i++) {
            if (i != typed) {
                notAllowedWhenType(types.get(i), field.apply(i), type);
            }
        }
        return typed;
    }

    /** Reports {@code max_length} when the text has more than {@code max} code points. */
    void maxLength(String path, String value, int max) {
        if (value != null && ViolationDetail.codePoints(value) > max) {
            add(path, ViolationDetail.maxLength(max, ViolationDetail.codePoints(value)),
                    "must be at most " + max + " characters");
        }
    }

    /** Reports {@code one_of} when the value is present and not among {@code allowed}. */
    void oneOf(String path, String value, String... allowed) {
        if (value != null && !List.of(allowed).contains(value)) {
            String limit = String.join("|", allowed);
            add(path, ViolationDetail.of(ViolationDetail.ONE_OF, limit), "must be one of " + limit);
        }
    }

    /** Reports {@code required} for a null list, {@code count} for a size outside min..max; true when in range. */
    boolean count(String path, Collection<?> list, int min, int max) {
        if (list == null) {
            return required(path, null);
        }
        return countOf(path, ViolationDetail.COUNT, list.size(), min, max);
    }

    /** Reports {@code rule} ({@code count} or {@code total_count}) when {@code size} is outside min..max. */
    boolean countOf(String path, String rule, int size, int min, int max) {
        if (size < min || size > max) {
            add(path, ViolationDetail.count(rule, min, max, size), "must have " + min + " to " + max + " elements");
            return false;
        }
        return true;
    }

    /** Reports {@code unique} for a value already seen among its siblings. */
    void unique(String path) {
        add(path, ViolationDetail.of(ViolationDetail.UNIQUE, null), "must be unique");
    }
}
