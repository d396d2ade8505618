package dev.herald.message.check;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.GroupSequence;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import org.hibernate.validator.group.GroupSequenceProvider;

/**
 * The constraints of one class as Bean Validation sees them: class-level constraints, then per property its
 * constraints, its container element constraints and its cascade. Properties are read through the record component of
 * the same name; a class that is not a record, or whose metadata has anything not modelled here, gets the check that
 * never proves anything.
 */
abstract class BeanCheck {

    /** The check for a class that is left to the validator. */
    static final BeanCheck UNSUPPORTED = new BeanCheck() {
        @Override
        boolean holds(Object bean, ValidityCheck checks, int depth) {
            return false;
        }
    };

    /** True when {@code bean} and everything it cascades to is valid. */
    abstract boolean holds(Object bean, ValidityCheck checks, int depth);

    static BeanCheck of(Class<?> type, BeanDescriptor descriptor) {
        if (type.isAnnotationPresent(GroupSequence.class) || type.isAnnotationPresent(GroupSequenceProvider.class)) {
            return UNSUPPORTED;
        }
        if (!descriptor.isBeanConstrained()) {
            return Supported.NOTHING_TO_CHECK;
        }
        if (!type.isRecord()) {
            return UNSUPPORTED;
        }
        List<ConstraintCheck> constraints = new ArrayList<>();
        for (ConstraintDescriptor<?> constraint : descriptor.getConstraintDescriptors()) {
            ConstraintCheck check = ConstraintCheck.of(constraint);
            if (check == null) {
                return UNSUPPORTED;
            }
            constraints.add(check);
        }
        List<PropertyCheck> properties = new ArrayList<>();
        for (PropertyDescriptor property : descriptor.getConstrainedProperties()) {
            MethodHandle accessor = accessor(type, property.getPropertyName());
            PropertyCheck check = accessor == null ? null : PropertyCheck.of(accessor, property);
            if (check == null) {
                return UNSUPPORTED;
            }
            properties.add(check);
        }
        return new Supported(constraints.toArray(ConstraintCheck[]::new), properties.toArray(PropertyCheck[]::new));
    }

    private static MethodHandle accessor(Class<?> type, String name) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return MethodHandles.publicLookup().unreflect(component.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                } catch (IllegalAccessException notPublic) {
                    return null;
                }
            }
        }
        return null;
    }

    /** A class whose every constraint is modelled. */
    private static final class Supported extends BeanCheck {

        static final Supported NOTHING_TO_CHECK = new Supported(new ConstraintCheck[0], new PropertyCheck[0]);

        private final ConstraintCheck[] constraints;
        private final PropertyCheck[] properties;

        Supported(ConstraintCheck[] constraints, PropertyCheck[] properties) {
            this.constraints = constraints;
            this.properties = properties;
        }

        @Override
        boolean holds(Object bean, ValidityCheck checks, int depth) {
            for (ConstraintCheck constraint : constraints) {
                if (!constraint.holds(bean)) {
                    return false;
                }
            }
            for (PropertyCheck property : properties) {
                if (!property.holds(bean, checks, depth)) {
                    return false;
                }
            }
            return true;
        }
    }
}
