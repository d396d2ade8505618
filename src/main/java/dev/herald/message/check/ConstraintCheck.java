package dev.herald.message.check;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;

/**
 * Whether one value satisfies one constraint: a standard constraint evaluated as its specification says
 * ({@link StandardConstraints}), or a constraint of ours through its own {@link ConstraintValidator}, and in both cases
 * every composing constraint too.
 */
final class ConstraintCheck {

    private final Predicate<Object> own;
    private final ConstraintCheck[] composing;

    private ConstraintCheck(Predicate<Object> own, ConstraintCheck[] composing) {
        this.own = own;
        this.composing = composing;
    }

    /** Checks for every descriptor, or null when one of them is not modelled. */
    static ConstraintCheck[] all(Collection<? extends ConstraintDescriptor<?>> descriptors) {
        List<ConstraintCheck> checks = new ArrayList<>(descriptors.size());
        for (ConstraintDescriptor<?> descriptor : descriptors) {
            ConstraintCheck check = of(descriptor);
            if (check == null) {
                return null;
            }
            checks.add(check);
        }
        return checks.toArray(ConstraintCheck[]::new);
    }

    /** The check of {@code descriptor}, or null when it is not modelled (another group, several validators, ...). */
    static ConstraintCheck of(ConstraintDescriptor<?> descriptor) {
        if (!Set.of(Default.class).equals(descriptor.getGroups())) {
            return null;
        }
        Predicate<Object> own = own(descriptor);
        ConstraintCheck[] composing = all(descriptor.getComposingConstraints());
        return own == null || composing == null ? null : new ConstraintCheck(own, composing);
    }

    boolean holds(Object value) {
        if (!own.test(value)) {
            return false;
        }
        for (ConstraintCheck check : composing) {
            if (!check.holds(value)) {
                return false;
            }
        }
        return true;
    }

    private static Predicate<Object> own(ConstraintDescriptor<?> descriptor) {
        Annotation annotation = descriptor.getAnnotation();
        if (StandardConstraints.isStandard(annotation)) {
            return StandardConstraints.of(annotation);
        }
        List<? extends Class<?>> validators = List.copyOf(descriptor.getConstraintValidatorClasses());
        if (validators.isEmpty()) {
            return value -> true; // a pure composition, e.g. @Range: its composing constraints decide
        }
        if (validators.size() > 1) {
            return null;
        }
        return custom(validators.get(0), annotation);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Predicate<Object> custom(Class<?> type, Annotation annotation) {
        if (HibernateConstraintValidator.class.isAssignableFrom(type)) {
            return null;
        }
        ConstraintValidator validator;
        try {
            validator = (ConstraintValidator) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException notInstantiable) {
            return null;
        }
        validator.initialize(annotation);
        return value -> {
            try {
                return validator.isValid(value, SilentContext.INSTANCE);
            } catch (RuntimeException wantsToReportOrFails) {
                return false;
            }
        };
    }
}
