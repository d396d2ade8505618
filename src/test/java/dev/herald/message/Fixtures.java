package dev.herald.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import dev.herald.message.check.ValidityCheck;

/** Valid messages of every kind, small builders, and the assertion the limit tests share. */
final class Fixtures {

    static final MessageValidator VALIDATOR = MessageValidator.create();
    /** Hibernate Validator alone, configured as {@link MessageValidator#create()} does. */
    private static final Validator PLAIN = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final ValidityCheck CHECK = ValidityCheck.of(PLAIN);

    private Fixtures() {
    }

    // --- messages ---

    static Message message(String type, Object kind) {
        return new Message(type, null, kind instanceof Text t ? t : null, type.equals("image") ? (Media) kind : null,
                type.equals("video") ? (Media) kind : null, type.equals("document") ? (Media) kind : null,
                type.equals("audio") ? (Media) kind : null, type.equals("sticker") ? (Media) kind : null,
                kind instanceof MapLocation l ? l : null, kind instanceof Template t ? t : null,
                kind instanceof Interactive i ? i : null);
    }

    static Message text(String body) {
        return message("text", new Text(body, null));
    }

    static Message interactive(Interactive interactive) {
        return message("interactive", interactive);
    }

    static Message template(Component... components) {
        return message("template", new Template("order_shipped", new Language("en", null), List.of(components)));
    }

    static Media link(String url) {
        return new Media(url, null, null, null);
    }

    static Media image() {
        return link("https://cdn.example.com/a.png");
    }

    // --- interactive ---

    static TextBlock block(String text) {
        return new TextBlock(text);
    }

    static InteractiveHeader textHeader(String text) {
        return new InteractiveHeader("text", text, null, null, null);
    }

    static InteractiveHeader imageHeader() {
        return new InteractiveHeader("image", null, image(), null, null);
    }

    static ReplyButton reply(String id, String title) {
        return new ReplyButton("reply", new Reply(id, title));
    }

    static Action buttonsAction(List<ReplyButton> buttons) {
        return new Action(null, buttons, null, null, null, null, null, null);
    }

    static Interactive buttons(ReplyButton... buttons) {
        return new Interactive("button", null, block("Did it arrive?"), null, buttonsAction(List.of(buttons)));
    }

    static Interactive validButtons() {
        return buttons(reply("yes", "Yes"), reply("no", "No"));
    }

    static Row row(String id) {
        return new Row(id, "Row " + id, null);
    }

    static Section rows(String title, Row... rows) {
        return new Section(title, List.of(rows), null);
    }

    static Interactive list(String button, Section... sections) {
        return new Interactive("list", textHeader("Menu"), block("Choose one"), block("Herald"),
                new Action(button, null, List.of(sections), null, null, null, null, null));
    }

    static Interactive validList() {
        return list("Options", rows("Sizes", row("s"), row("m")), rows("Colours", row("red")));
    }

    static Interactive product(InteractiveHeader header, TextBlock body) {
        return new Interactive("product", header, body, null,
                new Action(null, null, null, "catalog-1", "sku-1", null, null, null));
    }

    static Section items(String title, int count) {
        List<ProductItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new ProductItem(title + "-" + i));
        }
        return new Section(title, null, items);
    }

    static Interactive productList(InteractiveHeader header, Section... sections) {
        return new Interactive("product_list", header, block("Our picks"), null,
                new Action(null, null, List.of(sections), "catalog-1", null, null, null, null));
    }

    static ActionParameters ctaParameters(String displayText, String url) {
        return new ActionParameters(null, null, null, null, null, null, null, displayText, url, null);
    }

    static Interactive ctaUrl(String name, ActionParameters parameters) {
        return new Interactive("cta_url", null, block("Track your order"), null,
                new Action(null, null, null, null, null, name, parameters, null));
    }

    static ActionParameters flowParameters(String version, String flowId, String flowName, String cta,
            String flowAction) {
        return new ActionParameters(version, "token-1", flowId, flowName, cta, flowAction,
                new FlowActionPayload("WELCOME", Map.of("order", "42")), null, null, null);
    }

    static Interactive flow(String name, ActionParameters parameters) {
        return new Interactive("flow", null, block("Book a slot"), null,
                new Action(null, null, null, null, null, name, parameters, null));
    }

    static Interactive catalog(String name) {
        return new Interactive("catalog_message", null, block("Browse"), null, new Action(null, null, null, null, null,
                name, new ActionParameters(null, null, null, null, null, null, null, null, null, "sku-1"), null));
    }

    static InteractiveCard ctaCard(int index) {
        return new InteractiveCard(index, "cta_url", imageHeader(), block("Card " + index), new Action(null, null, null,
                null, null, "cta_url", ctaParameters("Buy", "https://shop.example.com/" + index), null));
    }

    static InteractiveCard replyCard(int index, int buttons) {
        List<ReplyButton> list = new java.util.ArrayList<>();
        for (int i = 0; i < buttons; i++) {
            list.add(reply("b" + i, "Button " + i));
        }
        return new InteractiveCard(index, "carousel", imageHeader(), block("Card " + index), buttonsAction(list));
    }

    static Interactive carousel(InteractiveCard... cards) {
        return new Interactive("carousel", null, block("New arrivals"), null,
                new Action(null, null, null, null, null, null, null, List.of(cards)));
    }

    // --- template ---

    static Parameter param(String type, String text) {
        return new Parameter(type, text, null, null, null, null, null, null, null, null, null, null);
    }

    static Parameter textParam(String text) {
        return param("text", text);
    }

    static Parameter currencyParam(Currency currency) {
        return new Parameter("currency", null, null, currency, null, null, null, null, null, null, null, null);
    }

    static Parameter dateParam(String fallback) {
        return new Parameter("date_time", null, null, null, new DateTime(fallback), null, null, null, null, null, null,
                null);
    }

    static Parameter imageParam(Media media) {
        return new Parameter("image", null, null, null, null, media, null, null, null, null, null, null);
    }

    static Parameter documentParam(Media media) {
        return new Parameter("document", null, null, null, null, null, null, media, null, null, null, null);
    }

    static Parameter payloadParam(String payload) {
        return new Parameter("payload", null, null, null, null, null, null, null, payload, null, null, null);
    }

    static Parameter couponParam(String code) {
        return new Parameter("coupon_code", null, null, null, null, null, null, null, null, code, null, null);
    }

    static Parameter flowParam() {
        return new Parameter("action", null, null, null, null, null, null, null, null, null,
                new FlowButtonAction("token-1", Map.of("step", 1)), null);
    }

    static Parameter offerParam(long expiresAt) {
        return new Parameter("limited_time_offer", null, null, null, null, null, null, null, null, null, null,
                new LimitedTimeOffer(expiresAt));
    }

    static Component header(Parameter... parameters) {
        return new Component("header", null, null, List.of(parameters), null);
    }

    static Component body(Parameter... parameters) {
        return new Component("body", null, null, List.of(parameters), null);
    }

    static Component button(String subType, String index, Parameter... parameters) {
        return new Component("button", subType, index, List.of(parameters), null);
    }

    static Component carouselComponent(Card... cards) {
        return new Component("carousel", null, null, null, List.of(cards));
    }

    static Card card(int index) {
        return new Card(index, List.of(header(imageParam(image())), body(textParam("Card " + index)),
                button("quick_reply", "0", payloadParam("more-" + index))));
    }

    // --- assertions ---

    /**
     * The violations, after holding {@link ValidityCheck} to Hibernate Validator's own answer: every message these
     * tests build, valid or not, proves that the check says "valid" exactly when the validator finds nothing.
     */
    static List<LimitViolation> violations(Message message) {
        List<LimitViolation> violations = VALIDATOR.validate(message);
        boolean valid = PLAIN.validate(message).isEmpty();
        assertEquals(valid, CHECK.provesValid(message),
                () -> "ValidityCheck disagrees with the validator on " + message);
        assertEquals(valid, violations.isEmpty(), () -> "violations " + violations);
        return violations;
    }

    static void assertValid(Message message) {
        List<LimitViolation> violations = violations(message);
        assertTrue(violations.isEmpty(), () -> "expected no violation, got " + violations);
    }

    /** Asserts that {@code message} breaks exactly one limit, as given, and returns it. */
    static LimitViolation assertOnly(Message message, String path, String rule, String limit, Integer actualLength) {
        List<LimitViolation> violations = violations(message);
        assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
        LimitViolation violation = violations.get(0);
        assertEquals(path, violation.path(), () -> "path of " + violation);
        assertEquals(rule, violation.rule(), () -> "rule of " + violation);
        assertEquals(limit, violation.limit(), () -> "limit of " + violation);
        assertEquals(actualLength, violation.actualLength(), () -> "actual length of " + violation);
        return violation;
    }

}
