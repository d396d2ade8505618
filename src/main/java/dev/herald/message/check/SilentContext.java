package dev.herald.message.check;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The context a validator gets during the check: it may disable the default violation (ours all do first); anything
 * else means it is about to describe a violation, which the check stops right there, since the validator itself will
 * describe it.
 */
final class SilentContext implements ConstraintValidatorContext {

    static final SilentContext INSTANCE = new SilentContext();

    /** Thrown when a validator starts reporting; no stack trace, it is control flow. */
    private static final RuntimeException REPORTING = new RuntimeException("a violation is being reported", null, false,
            false) {
        private static final long serialVersionUID = 1L;
    };

    private SilentContext() {
    }

    @Override
    public void disableDefaultConstraintViolation() {
        // nothing to disable: the check builds no violation
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        throw REPORTING;
    }

    @Override
    public ClockProvider getClockProvider() {
        throw REPORTING;
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
        throw REPORTING;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw REPORTING;
    }
}
