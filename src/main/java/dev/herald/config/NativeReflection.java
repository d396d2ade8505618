package dev.herald.config;

import io.quarkus.runtime.annotations.RegisterForReflection;

import dev.herald.message.*;
import dev.herald.upstream.V1Request;
import dev.herald.upstream.V2Request;

/**
 * Keeps the wire records reflectable in a native image: Jackson serialises them for the REST client (which Quarkus does
 * not discover from a method taking {@code Object}), and the validator walks their record components to build wire
 * paths.
 */
@RegisterForReflection(targets = { Action.class, ActionParameters.class, Card.class, Component.class, Context.class,
        Currency.class, DateTime.class, FlowActionPayload.class, FlowButtonAction.class, Interactive.class,
        InteractiveCard.class, InteractiveHeader.class, Language.class, LimitedTimeOffer.class, MapLocation.class,
        Media.class, Message.class, Parameter.class, ProductItem.class, Reply.class, ReplyButton.class, Row.class,
        Section.class, Template.class, Text.class, TextBlock.class, V1Request.class, V1Request.Item.class,
        V2Request.class, V2Request.Item.class })
final class NativeReflection {

    private NativeReflection() {
    }
}
