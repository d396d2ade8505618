package dev.herald.message;

import static dev.herald.message.Fixtures.assertOnly;
import static dev.herald.message.Fixtures.assertValid;
import static dev.herald.message.Fixtures.body;
import static dev.herald.message.Fixtures.button;
import static dev.herald.message.Fixtures.card;
import static dev.herald.message.Fixtures.carouselComponent;
import static dev.herald.message.Fixtures.currencyParam;
import static dev.herald.message.Fixtures.dateParam;
import static dev.herald.message.Fixtures.header;
import static dev.herald.message.Fixtures.imageParam;
import static dev.herald.message.Fixtures.message;
import static dev.herald.message.Fixtures.param;
import static dev.herald.message.Fixtures.payloadParam;
import static dev.herald.message.Fixtures.template;
import static dev.herald.message.Fixtures.textParam;
import static dev.herald.message.Fixtures.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of template messages: name, language, components and their parameters. */
class TemplateRulesTest {

    private static Message named(String name, Language language) {
        return message("template", new Template(name, language, List.of(body(textParam("Ada")))));
    }

    @Test
    void nameIsRequired() {
        assertOnly(named(" ", new Language("en", null)), "template.name", "required", null, null);
    }

    @Test
    void languageCodeIsRequired() {
        assertOnly(named("promo", null), "template.language", "required", null, null);
        assertOnly(named("promo", new Language(null, null)), "template.language.code", "required", null, null);
    }

    @Test
    void policyIsDeterministicOrFallback() {
        assertValid(named("promo", new Language("en_US", "deterministic")));
        assertValid(named("promo", new Language("en_US", "fallback")));
        assertOnly(named("promo", new Language("en", "strict")), "template.language.policy", "one_of",
                "deterministic|fallback", null);
    }

    @Test
    void componentTypeIsRequiredAndKnown() {
        assertOnly(template(new Component(null, null, null, List.of(), null)), "template.components[0].type",
                "required", null, null);
        assertOnly(template(new Component("footer", null, null, List.of(), null)), "template.components[0].type",
                "one_of", "header|body|button|limited_time_offer|carousel", null);
    }

    @Test
    void headerTextParameterIsAtMost60Characters() {
        assertValid(template(header(textParam("h".repeat(60)))));
        assertOnly(template(header(textParam("h".repeat(61)))), "template.components[0].parameters[0].text",
                "max_length", "60", 61);
    }

    @Test
    void bodyTextParameterIsAtMost1024Characters() {
        assertValid(template(header(textParam("Hi")), body(textParam("b".repeat(1024)))));
        LimitViolation violation = assertOnly(template(header(textParam("Hi")), body(textParam("b".repeat(1025)))),
                "template.components[1].parameters[0].text", "max_length", "1024", 1025);
        assertEquals("template.components[1].parameters[0].text: 1025 characters, limit 1024", violation.message());
        assertEquals(Parameter.class, violation.leafBean().getClass());
    }

    @Test
    void textParametersHaveNoNewlineTabOrFiveSpaces() {
        assertValid(template(body(textParam("a    b"))));
        assertOnly(template(body(textParam("a\nb"))), "template.components[0].parameters[0].text", "pattern", null,
                null);
        assertOnly(template(body(textParam("Ada"), textParam("a\tb"))), "template.components[0].parameters[1].text",
                "pattern", null, null);
        LimitViolation spaces = assertOnly(template(header(textParam("a     b"))),
                "template.components[0].parameters[0].text", "pattern", null, null);
        assertEquals("template.components[0].parameters[0].text: "
                + "must not contain a newline, a tab or more than 4 consecutive spaces", spaces.message());
    }

    @Test
    void parameterHasTheFieldNamedByItsType() {
        assertOnly(template(body(param("text", null))), "template.components[0].parameters[0].text", "required", null,
                null);
        assertOnly(template(body(currencyParam(null))), "template.components[0].parameters[0].currency", "required",
                null, null);
        assertOnly(
                template(body(
                        new Parameter("date_time", null, null, null, null, null, null, null, null, null, null, null))),
                "template.components[0].parameters[0].date_time", "required", null, null);
        assertOnly(
                template(body(new Parameter("text", "Ada", null, null, null, null, null, null, "x", null, null, null))),
                "template.components[0].parameters[0].payload", "not_allowed", null, null);
        assertOnly(template(body(param("emoji", "x"))), "template.components[0].parameters[0].type", "one_of",
                "text|currency|date_time|image|video|document|payload|coupon_code|action|limited_time_offer", null);
    }

    @Test
    void currencyCodeIsThreeUppercaseLetters() {
        assertValid(template(body(currencyParam(new Currency("€5", "EUR", 5000)))));
        assertOnly(template(body(currencyParam(new Currency("$5", "usd", 5000)))),
                "template.components[0].parameters[0].currency.code", "pattern", "[A-Z]{3}", null);
        assertOnly(template(body(currencyParam(new Currency("$5", null, 5000)))),
                "template.components[0].parameters[0].currency.code", "required", null, null);
    }

    @Test
    void currencyAndDateTimeNeedFallbackValue() {
        assertOnly(template(body(currencyParam(new Currency(null, "USD", 5000)))),
                "template.components[0].parameters[0].currency.fallback_value", "required", null, null);
        assertOnly(template(body(dateParam(""))), "template.components[0].parameters[0].date_time.fallback_value",
                "required", null, null);
    }

    @Test
    void mediaParameterFollowsMediaRules() {
        assertOnly(template(header(imageParam(new Media("https://x.example.com/a.png", "m", null, null)))),
                "template.components[0].parameters[0].image", "exactly_one_of", "link|id", null);
        assertOnly(template(header(imageParam(new Media(null, "m", null, "a.png")))),
                "template.components[0].parameters[0].image.filename", "not_allowed", null, null);
    }

    @Test
    void buttonSubTypeIsKnownAndRequired() {
        assertValid(template(button("copy_code", "0", Fixtures.couponParam("SAVE"))));
        assertOnly(template(button("call", "0", payloadParam("x"))), "template.components[0].sub_type", "one_of",
                "url|quick_reply|copy_code|flow", null);
        assertOnly(template(button(null, "0", payloadParam("x"))), "template.components[0].sub_type", "required", null,
                null);
    }

    @Test
    void buttonIndexIsAStringOfDigits() {
        assertValid(template(button("quick_reply", "12", payloadParam("x"))));
        assertOnly(template(button("quick_reply", "first", payloadParam("x"))), "template.components[0].index",
                "pattern", "\\d+", null);
        assertOnly(template(button("quick_reply", null, payloadParam("x"))), "template.components[0].index", "required",
                null, null);
    }

    @Test
    void buttonFieldsAreNotAllowedOnOtherComponents() {
        assertOnly(template(new Component("body", null, "0", List.of(textParam("x")), null)),
                "template.components[0].index", "not_allowed", null, null);
        assertOnly(template(new Component("body", null, null, List.of(textParam("x")), List.of(card(0)))),
                "template.components[0].cards", "not_allowed", null, null);
    }

    @Test
    void carouselHasOneToTenCards() {
        assertValid(template(carouselComponent(card(0))));
        assertOnly(template(carouselComponent()), "template.components[0].cards", "count", "1-10", 0);
        assertOnly(template(new Component("carousel", null, null, null, null)), "template.components[0].cards",
                "required", null, null);
        List<Card> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(card(i % 10));
        }
        List<LimitViolation> found = violations(template(carouselComponent(eleven.toArray(Card[]::new))));
        assertTrue(found.stream().anyMatch(v -> v.path().equals("template.components[0].cards")
                && v.rule().equals("count") && v.actualLength() == 11), found::toString);
    }

    @Test
    void carouselCardIndexIsZeroToNineAndUnique() {
        assertOnly(template(carouselComponent(card(0), card(10))), "template.components[0].cards[1].card_index",
                "range", "0..9", null);
        assertOnly(template(carouselComponent(card(4), card(4))), "template.components[0].cards[1].card_index",
                "unique", null, null);
    }

    @Test
    void carouselCardComponentsFollowComponentRules() {
        Card tooLong = new Card(0, List.of(body(textParam("b".repeat(1025)))));
        assertOnly(template(carouselComponent(tooLong)),
                "template.components[0].cards[0].components[0].parameters[0].text", "max_length", "1024", 1025);
    }
}
