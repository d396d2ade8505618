package dev.herald.message;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.constraints.Range;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import dev.herald.message.check.ValidityCheck;
import dev.herald.message.constraint.ViolationDetail;

/**
 * Checks a {@link Message} against WhatsApp's limits (the constraints on the message records) and reports every broken
 * limit with its JSON path. Plain Java: give it Quarkus's {@link Validator} or build one with {@link #create()}. Public
 * because the resolver validates every message it builds.
 */
public final class MessageValidator {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    /** By path with list indexes compared as numbers, then rule and message. */
    private static final Comparator<LimitViolation> ORDER = Comparator
            .comparing((LimitViolation violation) -> sortKey(violation.path())).thenComparing(LimitViolation::rule)
            .thenComparing(LimitViolation::message);

    private final Validator validator;
    private final ValidityCheck validity;

    /** Uses the given validator, e.g. the one Quarkus injects. */
    public MessageValidator(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.validity = ValidityCheck.of(validator);
    }

    /**
     * Builds Hibernate Validator with {@link ParameterMessageInterpolator}, so no Jakarta Expression Language is
     * needed.
     */
    public static MessageValidator create() {
        Validator validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
        return new MessageValidator(validator);
    }

    /**
     * Every broken limit of {@code message}, sorted by path; empty when the message is valid. A message that
     * {@link ValidityCheck} proves valid (the same constraints, evaluated without building violations) is not walked a
     * second time by the validator.
     */
    public List<LimitViolation> validate(Message message) {
        Objects.requireNonNull(message, "message");
        if (validity.provesValid(message)) {
            return List.of();
        }
        return validator.validate(message).stream().map(violation -> toLimitViolation(message, violation)).sorted(ORDER)
                .toList();
    }

    /** Whether {@code phone} is an E.164 number with its leading {@code +}, e.g. {@code +905321234567}. */
    public static boolean isE164(String phone) {
        return phone != null && E164.matcher(phone).matches();
    }

    private static LimitViolation toLimitViolation(Message message, ConstraintViolation<Message> violation) {
        WirePath.Resolved resolved = WirePath.resolve(message, violation.getPropertyPath());
        ViolationDetail detail = detail(violation);
        String path = resolved.path();
        String text = switch (detail.rule()) {
        case ViolationDetail.MAX_LENGTH -> detail.actualLength() + " characters, limit " + detail.limit();
        case ViolationDetail.COUNT -> detail.actualLength() + " elements, allowed " + detail.limit();
        case ViolationDetail.TOTAL_COUNT -> detail.actualLength() + " elements in total, allowed " + detail.limit();
        default -> violation.getMessage();
        };
        return new LimitViolation(path, detail.rule(), detail.limit(), detail.actualLength(), path + ": " + text,
                resolved.leafBean(), resolved.enclosing());
    }

    /** The detail our validators attached, or one derived from a standard constraint annotation. */
    private static ViolationDetail detail(ConstraintViolation<?> violation) {
        ViolationDetail attached = attached(violation);
        if (attached != null) {
            return attached;
        }
        Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
        if (annotation instanceof NotNull || annotation instanceof NotBlank || annotation instanceof NotEmpty) {
            return new ViolationDetail(ViolationDetail.REQUIRED, null, null);
        }
        if (annotation instanceof jakarta.validation.constraints.Pattern pattern) {
            return new ViolationDetail(ViolationDetail.PATTERN, pattern.regexp(), null);
        }
        if (annotation instanceof Range range) {
            return new ViolationDetail(ViolationDetail.RANGE, range.min() + ".." + range.max(), null);
        }
        if (annotation instanceof Size size) {
            Integer count = violation.getInvalidValue() instanceof Collection<?> collection ? collection.size() : null;
            return new ViolationDetail(ViolationDetail.COUNT, size.min() + "-" + size.max(), count);
        }
        String name = annotation.annotationType().getSimpleName();
        return new ViolationDetail(name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(), null, null);
    }

    private static ViolationDetail attached(ConstraintViolation<?> violation) {
        try {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            return hibernate.getDynamicPayload(ViolationDetail.class);
        } catch (ValidationException notHibernate) {
            return null;
        }
    }

    private static String sortKey(String path) {
        Matcher matcher = INDEX.matcher(path);
        StringBuilder key = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(key,
                    "[" + "0".repeat(Math.max(0, 10 - matcher.group(1).length())) + matcher.group(1) + "]");
        }
        return matcher.appendTail(key).toString();
    }
}
