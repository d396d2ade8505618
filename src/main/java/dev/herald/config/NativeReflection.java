package dev.herald.config;

import org.hibernate.validator.HibernateValidator;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.herald.message.*;
import dev.herald.message.constraint.*;
import dev.herald.upstream.V1Request;
import dev.herald.upstream.V2Request;

/**
 * Keeps the wire records reflectable in a native image: Jackson serialises them for the REST client (which Quarkus does
 * not discover from a method taking {@code Object}), and the validator walks their record components to build wire
 * paths. The {@code validate} command runs as plain Java, without Quarkus and its injected validator, and bootstraps
 * Hibernate Validator itself: the provider and every constraint validator the message constraints use are instantiated
 * reflectively then.
 */
@RegisterForReflection(classNames = { "org.hibernate.validator.internal.constraintvalidators.bv.NotBlankValidator",
        "org.hibernate.validator.internal.constraintvalidators.bv.NotNullValidator",
        "org.hibernate.validator.internal.constraintvalidators.bv.PatternValidator",
        "org.hibernate.validator.internal.constraintvalidators.bv.number.bound.MinValidatorForInteger",
        "org.hibernate.validator.internal.constraintvalidators.bv.number.bound.MaxValidatorForInteger" }, targets = {
                HibernateValidator.class, CarouselCardRulesValidator.class, ComponentRulesValidator.class,
                CoordinateValidator.class, HeaderRulesValidator.class, HttpUrlValidator.class,
                InteractiveRulesValidator.class, MaxCodePointsValidator.class, MediaSourceValidator.class,
                MessageRulesValidator.class, OneOfValidator.class, ParameterRulesValidator.class,
                TrimmedValidator.class, Action.class, ActionParameters.class, Card.class, Component.class,
                Context.class, Currency.class, DateTime.class, FlowActionPayload.class, FlowButtonAction.class,
                Interactive.class, InteractiveCard.class, InteractiveHeader.class, Language.class,
                LimitedTimeOffer.class, MapLocation.class, Media.class, Message.class, Parameter.class,
                ProductItem.class, Reply.class, ReplyButton.class, Row.class, Section.class, Template.class, Text.class,
                TextBlock.class, V1Request.class, V1Request.Item.class, V2Request.class, V2Request.Item.class })
final class NativeReflection {

    private NativeReflection() {
    }
}
