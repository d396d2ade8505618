package dev.herald.message.check;

import java.util.Objects;

import jakarta.validation.Validator;

/**
 * Proves an object free of constraint violations without building any: it evaluates the very constraints Bean
 * Validation would evaluate (read from the validator's own metadata, so the annotations stay the only source of truth)
 * and answers {@code true} only when every one of them holds. Anything it does not model (another group, a container it
 * does not know, a validator that wants to report) makes it answer {@code false}, and the caller then asks the
 * validator itself, which finds and describes the violations. So a {@code true} is always the answer the validator
 * would give, and valid messages, the common case, skip the validator's costly reporting machinery.
 *
 * <p>
 * Thread-safe; one instance per {@link Validator}.
 */
public final class ValidityCheck {

    /** Deeper object graphs are left to the validator. */
    static final int MAX_DEPTH = 32;

    private final ClassValue<BeanCheck> beans;

    private ValidityCheck(Validator validator) {
        this.beans = new ClassValue<>() {
            @Override
            protected BeanCheck computeValue(Class<?> type) {
                return BeanCheck.of(type, validator.getConstraintsForClass(type));
            }
        };
    }

    /** A check over the constraints that {@code validator} knows. */
    public static ValidityCheck of(Validator validator) {
        return new ValidityCheck(Objects.requireNonNull(validator, "validator"));
    }

    /**
     * True when {@code bean} (and everything it cascades to) satisfies every constraint of the default group, i.e. when
     * {@code validator.validate(bean)} would find no violation; false when it would find one or the check cannot tell.
     */
    public boolean provesValid(Object bean) {
        return bean != null && holds(bean, 0);
    }

    /** The cascaded bean {@code bean} is valid; {@code depth} is the number of cascades above it. */
    boolean holds(Object bean, int depth) {
        return depth < MAX_DEPTH && beans.get(bean.getClass()).holds(bean, this, depth);
    }
}
