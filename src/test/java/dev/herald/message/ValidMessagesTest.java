package dev.herald.message;

import static dev.herald.message.Fixtures.assertValid;
import static dev.herald.message.Fixtures.body;
import static dev.herald.message.Fixtures.button;
import static dev.herald.message.Fixtures.card;
import static dev.herald.message.Fixtures.carousel;
import static dev.herald.message.Fixtures.carouselComponent;
import static dev.herald.message.Fixtures.catalog;
import static dev.herald.message.Fixtures.couponParam;
import static dev.herald.message.Fixtures.ctaCard;
import static dev.herald.message.Fixtures.ctaParameters;
import static dev.herald.message.Fixtures.ctaUrl;
import static dev.herald.message.Fixtures.currencyParam;
import static dev.herald.message.Fixtures.dateParam;
import static dev.herald.message.Fixtures.documentParam;
import static dev.herald.message.Fixtures.flow;
import static dev.herald.message.Fixtures.flowParam;
import static dev.herald.message.Fixtures.flowParameters;
import static dev.herald.message.Fixtures.header;
import static dev.herald.message.Fixtures.image;
import static dev.herald.message.Fixtures.imageHeader;
import static dev.herald.message.Fixtures.imageParam;
import static dev.herald.message.Fixtures.interactive;
import static dev.herald.message.Fixtures.items;
import static dev.herald.message.Fixtures.message;
import static dev.herald.message.Fixtures.offerParam;
import static dev.herald.message.Fixtures.payloadParam;
import static dev.herald.message.Fixtures.product;
import static dev.herald.message.Fixtures.productList;
import static dev.herald.message.Fixtures.replyCard;
import static dev.herald.message.Fixtures.template;
import static dev.herald.message.Fixtures.text;
import static dev.herald.message.Fixtures.textHeader;
import static dev.herald.message.Fixtures.textParam;
import static dev.herald.message.Fixtures.validButtons;
import static dev.herald.message.Fixtures.validList;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A fully valid message of each kind breaks no limit. */
class ValidMessagesTest {

    @Test
    void textMessageIsValid() {
        assertValid(text("Your order has shipped"));
        assertValid(new Message("text", new Context("wamid.1"), new Text("Thanks!", true), null, null, null, null, null,
                null, null, null));
    }

    @Test
    void mediaMessagesAreValid() {
        assertValid(message("image", new Media("https://cdn.example.com/a.png", null, "Your receipt", null)));
        assertValid(message("video", new Media(null, "media-7", "Unboxing", null)));
        assertValid(message("document", new Media("http://cdn.example.com/r.pdf", null, "Receipt", "r.pdf")));
        assertValid(message("audio", new Media(null, "media-8", null, null)));
        assertValid(message("sticker", new Media("https://cdn.example.com/s.webp", null, null, null)));
    }

    @Test
    void locationMessageIsValid() {
        assertValid(message("location", new MapLocation("41.0082", "28.9784", "Store", "Istiklal Cd. 1")));
        assertValid(message("location", new MapLocation("-90", "180.000", null, null)));
    }

    @Test
    void templateMessageWithEveryParameterKindIsValid() {
        assertValid(template(header(textParam("Order 42")),
                body(textParam("Ada"), currencyParam(new Currency("$12.50", "USD", 12500)), dateParam("May 1"),
                        textParam("four    spaces")),
                button("url", "0", textParam("orders/42")), button("quick_reply", "1", payloadParam("stop")),
                button("copy_code", "2", couponParam("SAVE10")), button("flow", "3", flowParam()),
                new Component("limited_time_offer", null, null, List.of(offerParam(1_767_225_600_000L)), null)));
        assertValid(template(header(imageParam(image()))));
        assertValid(template(header(documentParam(new Media(null, "media-9", null, "invoice.pdf")))));
        assertValid(message("template", new Template("promo", new Language("pt_BR", "fallback"), null)));
        assertValid(message("template", new Template("promo", new Language("tr", "deterministic"), List.of())));
    }

    @Test
    void templateCarouselIsValid() {
        assertValid(template(body(textParam("Ada")), carouselComponent(card(0), card(1), card(9))));
    }

    @Test
    void urlButtonWithProviderCtaLinkIsValid() {
        Parameter ctaLink = new Parameter("text", null, "https://example.com/x", null, null, null, null, null, null,
                null, null, null);
        assertValid(template(button("url", "0", ctaLink)));
    }

    @Test
    void interactiveMessagesOfEveryTypeAreValid() {
        assertValid(interactive(validButtons()));
        assertValid(interactive(validList()));
        assertValid(interactive(product(null, null)));
        assertValid(interactive(product(null, Fixtures.block("Look at this"))));
        assertValid(interactive(productList(textHeader("Picks"), items("Shoes", 3), items("Hats", 2))));
        assertValid(interactive(ctaUrl("cta_url", ctaParameters("Track", "https://track.example.com/42"))));
        assertValid(interactive(flow("flow", flowParameters("3", "flow-1", null, "Book", "navigate"))));
        assertValid(interactive(flow("flow", flowParameters("3", null, "booking", "Book", "data_exchange"))));
        assertValid(interactive(flow("flow", flowParameters("3", "flow-1", null, "Book", null))));
        assertValid(interactive(catalog("catalog_message")));
        assertValid(interactive(carousel(ctaCard(0), ctaCard(1))));
        assertValid(interactive(carousel(replyCard(0, 2), replyCard(1, 2), replyCard(2, 2))));
    }

    @Test
    void interactiveHeadersOfEveryTypeAreValid() {
        assertValid(interactive(
                new Interactive("button", imageHeader(), Fixtures.block("Hi"), null, validButtons().action())));
        assertValid(interactive(new Interactive("button",
                new InteractiveHeader("video", null, null, new Media(null, "v1", null, null), null),
                Fixtures.block("Hi"), null, validButtons().action())));
        assertValid(interactive(new Interactive("button",
                new InteractiveHeader("document", null, null, null, new Media(null, "d1", null, "terms.pdf")),
                Fixtures.block("Hi"), Fixtures.block("Herald"), validButtons().action())));
    }
}
