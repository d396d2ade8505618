package dev.herald.message.check;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

/**
 * One constrained property: its own constraints, then (for a list) the constraints and cascade of its elements, then
 * its own cascade ({@code @Valid} on the property: a bean, or every element of a list). Null values satisfy every
 * constraint but {@code @NotNull}-like ones and are not cascaded, as in Bean Validation.
 */
final class PropertyCheck {

    private final MethodHandle accessor;
    private final ConstraintCheck[] constraints;
    private final boolean cascaded;
    /** Checks of the elements of a list value, or null when the elements carry none. */
    private final ElementCheck elements;

    private PropertyCheck(MethodHandle accessor, ConstraintCheck[] constraints, boolean cascaded,
            ElementCheck elements) {
        this.accessor = accessor;
        this.constraints = constraints;
        this.cascaded = cascaded;
        this.elements = elements;
    }

    /** The check of {@code property}, or null when something about it is not modelled. */
    static PropertyCheck of(MethodHandle accessor, PropertyDescriptor property) {
        if (!property.getGroupConversions().isEmpty()) {
            return null;
        }
        ConstraintCheck[] constraints = ConstraintCheck.all(property.getConstraintDescriptors());
        ElementCheck elements = ElementCheck.of(property.getConstrainedContainerElementTypes());
        if (constraints == null || elements == ElementCheck.UNSUPPORTED) {
            return null;
        }
        return new PropertyCheck(accessor, constraints, property.isCascaded(), elements);
    }

    boolean holds(Object bean, ValidityCheck checks, int depth) {
        Object value;
        try {
            value = accessor.invokeExact(bean);
        } catch (Throwable unreadable) {
            return false;
        }
        for (ConstraintCheck constraint : constraints) {
            if (!constraint.holds(value)) {
                return false;
            }
        }
        if (value == null) {
            return true;
        }
        if (elements != null && !elements.holds(value, checks, depth)) {
            return false;
        }
        return !cascaded || cascade(value, checks, depth);
    }

    /** {@code @Valid} on the property: the bean, or each element of a list or other iterable. */
    private static boolean cascade(Object value, ValidityCheck checks, int depth) {
        if (value instanceof Iterable<?> iterable) {
            for (Object element : iterable) {
                if (element != null && !checks.holds(element, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof java.util.Map<?, ?> || value instanceof java.util.Optional<?>
                || value.getClass().isArray()) {
            return false;
        }
        return checks.holds(value, depth + 1);
    }

    /** The constraints and cascade on the elements of an iterable ({@code List<@Valid Row>}). */
    static final class ElementCheck {

        static final ElementCheck UNSUPPORTED = new ElementCheck(new ConstraintCheck[0], false);

        private final ConstraintCheck[] constraints;
        private final boolean cascaded;

        private ElementCheck(ConstraintCheck[] constraints, boolean cascaded) {
            this.constraints = constraints;
            this.cascaded = cascaded;
        }

        /** Null when there is nothing on the elements, {@link #UNSUPPORTED} for what is not modelled. */
        static ElementCheck of(Set<ContainerElementTypeDescriptor> containers) {
            if (containers.isEmpty()) {
                return null;
            }
            if (containers.size() > 1) {
                return UNSUPPORTED;
            }
            ContainerElementTypeDescriptor element = containers.iterator().next();
            if (!Iterable.class.isAssignableFrom(element.getContainerClass()) || element.getTypeArgumentIndex() == null
                    || element.getTypeArgumentIndex() != 0 || !element.getConstrainedContainerElementTypes().isEmpty()
                    || !element.getGroupConversions().isEmpty()) {
                return UNSUPPORTED;
            }
            List<ConstraintDescriptor<?>> descriptors = new ArrayList<>(element.getConstraintDescriptors());
            ConstraintCheck[] constraints = ConstraintCheck.all(descriptors);
            return constraints == null ? UNSUPPORTED : new ElementCheck(constraints, element.isCascaded());
        }

        boolean holds(Object value, ValidityCheck checks, int depth) {
            if (!(value instanceof Iterable<?> iterable)) {
                return false;
            }
            for (Object element : iterable) {
                for (ConstraintCheck constraint : constraints) {
                    if (!constraint.holds(element)) {
                        return false;
                    }
                }
                if (cascaded && element != null && !checks.holds(element, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
    }
}
