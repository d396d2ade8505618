package dev.herald.message;

import static dev.herald.message.Fixtures.assertOnly;
import static dev.herald.message.Fixtures.assertValid;
import static dev.herald.message.Fixtures.block;
import static dev.herald.message.Fixtures.buttons;
import static dev.herald.message.Fixtures.buttonsAction;
import static dev.herald.message.Fixtures.carousel;
import static dev.herald.message.Fixtures.catalog;
import static dev.herald.message.Fixtures.ctaCard;
import static dev.herald.message.Fixtures.ctaParameters;
import static dev.herald.message.Fixtures.ctaUrl;
import static dev.herald.message.Fixtures.flow;
import static dev.herald.message.Fixtures.flowParameters;
import static dev.herald.message.Fixtures.image;
import static dev.herald.message.Fixtures.imageHeader;
import static dev.herald.message.Fixtures.interactive;
import static dev.herald.message.Fixtures.items;
import static dev.herald.message.Fixtures.list;
import static dev.herald.message.Fixtures.product;
import static dev.herald.message.Fixtures.productList;
import static dev.herald.message.Fixtures.reply;
import static dev.herald.message.Fixtures.replyCard;
import static dev.herald.message.Fixtures.row;
import static dev.herald.message.Fixtures.rows;
import static dev.herald.message.Fixtures.textHeader;
import static dev.herald.message.Fixtures.validButtons;
import static dev.herald.message.Fixtures.validList;
import static dev.herald.message.Fixtures.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of interactive messages, per interactive type. */
class InteractiveRulesTest {

    private static Interactive withAction(Interactive interactive, Action action) {
        return new Interactive(interactive.type(), interactive.header(), interactive.body(), interactive.footer(),
                action);
    }

    private static Interactive withTexts(Interactive interactive, InteractiveHeader header, TextBlock body,
            TextBlock footer) {
        return new Interactive(interactive.type(), header, body, footer, interactive.action());
    }

    @Nested
    class Common {

        @Test
        void typeIsRequiredAndKnown() {
            assertOnly(interactive(new Interactive(null, null, block("Hi"), null, validButtons().action())),
                    "interactive.type", "required", null, null);
            assertOnly(interactive(new Interactive("poll", null, block("Hi"), null, validButtons().action())),
                    "interactive.type", "one_of",
                    "button|list|product|product_list|flow|cta_url|catalog_message|carousel", null);
        }

        @Test
        void headerTextIsAtMost60Characters() {
            assertValid(interactive(withTexts(validButtons(), textHeader("h".repeat(60)), block("Hi"), null)));
            assertOnly(interactive(withTexts(validButtons(), textHeader("h".repeat(61)), block("Hi"), null)),
                    "interactive.header.text", "max_length", "60", 61);
        }

        @Test
        void headerHasExactlyTheFieldNamedByItsType() {
            assertOnly(interactive(withTexts(validButtons(), new InteractiveHeader("image", null, null, null, null),
                    block("Hi"), null)), "interactive.header.image", "required", null, null);
            assertOnly(interactive(withTexts(validButtons(),
                    new InteractiveHeader("text", "Hello", image(), null, null), block("Hi"), null)),
                    "interactive.header.image", "not_allowed", null, null);
            assertOnly(
                    interactive(withTexts(validButtons(), new InteractiveHeader("gif", null, null, null, null),
                            block("Hi"), null)),
                    "interactive.header.type", "one_of", "text|image|video|document", null);
        }

        @Test
        void headerFilenameOnlyOnDocument() {
            assertOnly(interactive(withTexts(validButtons(),
                    new InteractiveHeader("image", null, new Media(null, "m", null, "a.png"), null, null), block("Hi"),
                    null)), "interactive.header.image.filename", "not_allowed", null, null);
        }

        @Test
        void bodyIsRequired() {
            assertOnly(interactive(withTexts(validButtons(), null, null, null)), "interactive.body", "required", null,
                    null);
            assertOnly(interactive(withTexts(validButtons(), null, block(" "), null)), "interactive.body.text",
                    "required", null, null);
        }

        @Test
        void bodyIsAtMost1024Characters() {
            assertValid(interactive(withTexts(validButtons(), null, block("b".repeat(1024)), null)));
            LimitViolation violation = assertOnly(
                    interactive(withTexts(validButtons(), null, block("b".repeat(1025)), null)),
                    "interactive.body.text", "max_length", "1024", 1025);
            assertEquals(TextBlock.class, violation.leafBean().getClass());
        }

        @Test
        void footerIsAtMost60Characters() {
            assertValid(interactive(withTexts(validButtons(), null, block("Hi"), block("f".repeat(60)))));
            assertOnly(interactive(withTexts(validButtons(), null, block("Hi"), block("f".repeat(61)))),
                    "interactive.footer.text", "max_length", "60", 61);
        }

        @Test
        void actionIsRequired() {
            assertOnly(interactive(withAction(validButtons(), null)), "interactive.action", "required", null, null);
        }

        @Test
        void actionFieldsOfAnotherTypeAreNotAllowed() {
            Action action = new Action(null, validButtons().action().buttons(), null, "catalog-1", null, null, null,
                    null);
            assertOnly(interactive(withAction(validButtons(), action)), "interactive.action.catalog_id", "not_allowed",
                    null, null);
        }
    }

    @Nested
    class Buttons {

        @Test
        void oneToThreeButtons() {
            assertValid(interactive(buttons(reply("a", "A"))));
            assertValid(interactive(buttons(reply("a", "A"), reply("b", "B"), reply("c", "C"))));
            LimitViolation four = assertOnly(
                    interactive(buttons(reply("a", "A"), reply("b", "B"), reply("c", "C"), reply("d", "D"))),
                    "interactive.action.buttons", "count", "1-3", 4);
            assertEquals("interactive.action.buttons: 4 elements, allowed 1-3", four.message());
            assertOnly(interactive(buttons()), "interactive.action.buttons", "count", "1-3", 0);
            assertOnly(interactive(withAction(validButtons(), buttonsAction(null))), "interactive.action.buttons",
                    "required", null, null);
        }

        @Test
        void titleIsAtMost20Characters() {
            assertValid(interactive(buttons(reply("a", "t".repeat(20)))));
            Reply tooLong = new Reply("c", "t".repeat(23));
            LimitViolation violation = assertOnly(
                    interactive(buttons(reply("a", "A"), reply("b", "B"), new ReplyButton("reply", tooLong))),
                    "interactive.action.buttons[2].reply.title", "max_length", "20", 23);
            assertEquals("interactive.action.buttons[2].reply.title: 23 characters, limit 20", violation.message());
            assertSame(tooLong, violation.leafBean());
        }

        @Test
        void titleIsRequired() {
            assertOnly(interactive(buttons(reply("a", null))), "interactive.action.buttons[0].reply.title", "required",
                    null, null);
        }

        @Test
        void titlesAreUnique() {
            LimitViolation violation = assertOnly(interactive(buttons(reply("a", "Yes"), reply("b", "Yes"))),
                    "interactive.action.buttons[1].reply.title", "unique", null, null);
            assertEquals(Reply.class, violation.leafBean().getClass());
        }

        @Test
        void idsAreUnique() {
            assertOnly(interactive(buttons(reply("a", "Yes"), reply("a", "No"))),
                    "interactive.action.buttons[1].reply.id", "unique", null, null);
        }

        @Test
        void idIsAtMost256Characters() {
            assertValid(interactive(buttons(reply("i".repeat(256), "A"))));
            assertOnly(interactive(buttons(reply("i".repeat(257), "A"))), "interactive.action.buttons[0].reply.id",
                    "max_length", "256", 257);
        }

        @Test
        void idHasNoLeadingOrTrailingSpaces() {
            assertValid(interactive(buttons(reply("a b", "A"))));
            assertOnly(interactive(buttons(reply("a\t", "A"))), "interactive.action.buttons[0].reply.id", "pattern",
                    null, null);
            assertOnly(interactive(buttons(reply(" a", "A"))), "interactive.action.buttons[0].reply.id", "pattern",
                    null, null);
            assertOnly(interactive(buttons(reply("a ", "A"))), "interactive.action.buttons[0].reply.id", "pattern",
                    null, null);
        }

        @Test
        void buttonTypeIsReply() {
            assertOnly(interactive(buttons(new ReplyButton("url", new Reply("a", "A")))),
                    "interactive.action.buttons[0].type", "one_of", "reply", null);
            assertOnly(interactive(buttons(new ReplyButton("reply", null))), "interactive.action.buttons[0].reply",
                    "required", null, null);
        }
    }

    @Nested
    class Lists {

        @Test
        void buttonTextIsRequiredAndAtMost20Characters() {
            assertValid(interactive(list("b".repeat(20), rows(null, row("a")))));
            assertOnly(interactive(list(null, rows(null, row("a")))), "interactive.action.button", "required", null,
                    null);
            assertOnly(interactive(list("b".repeat(21), rows(null, row("a")))), "interactive.action.button",
                    "max_length", "20", 21);
        }

        @Test
        void oneToTenSections() {
            Section[] eleven = new Section[11];
            for (int i = 0; i < 11; i++) {
                eleven[i] = rows("S" + i);
            }
            eleven[0] = rows("S0", row("a"));
            assertOnly(interactive(list("Options", eleven)), "interactive.action.sections", "count", "1-10", 11);
            assertOnly(interactive(list("Options")), "interactive.action.sections", "count", "1-10", 0);
        }

        @Test
        void atMostTenRowsInTotal() {
            Row[] six = new Row[6];
            Row[] five = new Row[5];
            for (int i = 0; i < 6; i++) {
                six[i] = row("a" + i);
            }
            for (int i = 0; i < 5; i++) {
                five[i] = row("b" + i);
            }
            assertValid(interactive(list("Options", rows("A", five), rows("B", java.util.Arrays.copyOf(six, 5)))));
            LimitViolation violation = assertOnly(interactive(list("Options", rows("A", six), rows("B", five))),
                    "interactive.action.sections", "total_count", "1-10", 11);
            assertEquals("interactive.action.sections: 11 elements in total, allowed 1-10", violation.message());
        }

        @Test
        void everySectionHasRows() {
            assertOnly(interactive(list("Options", rows(null))), "interactive.action.sections[0].rows", "count", "1-10",
                    0);
        }

        @Test
        void rowLimits() {
            assertValid(
                    interactive(list("Options", rows(null, new Row("i".repeat(200), "t".repeat(24), "d".repeat(72))))));
            assertOnly(interactive(list("Options", rows(null, new Row("i".repeat(201), "T", null)))),
                    "interactive.action.sections[0].rows[0].id", "max_length", "200", 201);
            assertOnly(interactive(list("Options", rows(null, row("a"), new Row("b", "t".repeat(25), null)))),
                    "interactive.action.sections[0].rows[1].title", "max_length", "24", 25);
            assertOnly(interactive(list("Options", rows(null, new Row("a", "T", "d".repeat(73))))),
                    "interactive.action.sections[0].rows[0].description", "max_length", "72", 73);
            assertOnly(interactive(list("Options", rows(null, new Row("a", null, null)))),
                    "interactive.action.sections[0].rows[0].title", "required", null, null);
        }

        @Test
        void rowIdsAreUniqueAcrossSections() {
            assertOnly(interactive(list("Options", rows("A", row("x")), rows("B", row("x")))),
                    "interactive.action.sections[1].rows[0].id", "unique", null, null);
        }

        @Test
        void sectionTitleIsAtMost24Characters() {
            assertValid(interactive(list("Options", rows("s".repeat(24), row("a")))));
            assertOnly(interactive(list("Options", rows("s".repeat(25), row("a")))),
                    "interactive.action.sections[0].title", "max_length", "24", 25);
        }

        @Test
        void sectionTitleIsRequiredWhenMoreThanOneSection() {
            assertValid(interactive(list("Options", rows(null, row("a")))));
            assertOnly(interactive(list("Options", rows("A", row("a")), rows(null, row("b")))),
                    "interactive.action.sections[1].title", "required", null, null);
        }

        @Test
        void productItemsAreNotAllowedInListSections() {
            Section mixed = new Section(null, List.of(row("a")), List.of(new ProductItem("sku")));
            assertOnly(interactive(list("Options", mixed)), "interactive.action.sections[0].product_items",
                    "not_allowed", null, null);
        }

        @Test
        void validListHasNoViolation() {
            assertValid(interactive(validList()));
        }
    }

    @Nested
    class Products {

        @Test
        void productHasNoHeaderAndOptionalBody() {
            assertValid(interactive(product(null, null)));
            assertOnly(interactive(product(textHeader("Hi"), null)), "interactive.header", "not_allowed", null, null);
        }

        @Test
        void productNeedsCatalogAndRetailerId() {
            Interactive product = product(null, null);
            assertOnly(interactive(withAction(product, new Action(null, null, null, null, "sku-1", null, null, null))),
                    "interactive.action.catalog_id", "required", null, null);
            assertOnly(
                    interactive(withAction(product, new Action(null, null, null, "catalog-1", null, null, null, null))),
                    "interactive.action.product_retailer_id", "required", null, null);
        }

        @Test
        void productListNeedsHeader() {
            assertOnly(interactive(productList(null, items("A", 1))), "interactive.header", "required", null, null);
        }

        @Test
        void productListNeedsCatalog() {
            Interactive valid = productList(textHeader("Picks"), items("A", 1));
            Action noCatalog = new Action(null, null, valid.action().sections(), null, null, null, null, null);
            assertOnly(interactive(withAction(valid, noCatalog)), "interactive.action.catalog_id", "required", null,
                    null);
        }

        @Test
        void productListHasOneToTenSections() {
            Section[] eleven = new Section[11];
            for (int i = 0; i < 11; i++) {
                eleven[i] = items("S" + i, 1);
            }
            assertOnly(interactive(productList(textHeader("Picks"), eleven)), "interactive.action.sections", "count",
                    "1-10", 11);
        }

        @Test
        void productListHasOneToThirtyItemsInTotal() {
            assertValid(interactive(productList(textHeader("Picks"), items("A", 15), items("B", 15))));
            assertOnly(interactive(productList(textHeader("Picks"), items("A", 15), items("B", 16))),
                    "interactive.action.sections", "total_count", "1-30", 31);
            assertOnly(interactive(productList(textHeader("Picks"), items("A", 0))),
                    "interactive.action.sections[0].product_items", "count", "1-30", 0);
        }

        @Test
        void oneValidatorReportsEachViolationWithItsOwnDetail() {
            List<LimitViolation> found = violations(interactive(productList(null, items("A", 15), items("B", 16))));
            assertEquals(2, found.size(), found::toString);
            assertEquals(List.of("interactive.action.sections", "interactive.header"),
                    found.stream().map(LimitViolation::path).toList());
            assertEquals(List.of("total_count", "required"), found.stream().map(LimitViolation::rule).toList());
            assertEquals(31, found.get(0).actualLength());
            assertEquals(null, found.get(1).limit());
        }

        @Test
        void productItemNeedsRetailerId() {
            Section section = new Section(null, null, List.of(new ProductItem(" ")));
            assertOnly(interactive(productList(textHeader("Picks"), section)),
                    "interactive.action.sections[0].product_items[0].product_retailer_id", "required", null, null);
        }
    }

    @Nested
    class CtaUrl {

        @Test
        void actionNameIsCtaUrl() {
            assertOnly(interactive(ctaUrl("open", ctaParameters("Go", "https://x.example.com"))),
                    "interactive.action.name", "one_of", "cta_url", null);
            assertOnly(interactive(ctaUrl(null, ctaParameters("Go", "https://x.example.com"))),
                    "interactive.action.name", "required", null, null);
        }

        @Test
        void displayTextIsRequiredAndAtMost20Characters() {
            assertValid(interactive(ctaUrl("cta_url", ctaParameters("d".repeat(20), "https://x.example.com"))));
            assertOnly(interactive(ctaUrl("cta_url", ctaParameters("d".repeat(21), "https://x.example.com"))),
                    "interactive.action.parameters.display_text", "max_length", "20", 21);
            assertOnly(interactive(ctaUrl("cta_url", ctaParameters(null, "https://x.example.com"))),
                    "interactive.action.parameters.display_text", "required", null, null);
        }

        @Test
        void urlIsRequiredAndHttp() {
            assertOnly(interactive(ctaUrl("cta_url", ctaParameters("Go", null))), "interactive.action.parameters.url",
                    "required", null, null);
            assertOnly(interactive(ctaUrl("cta_url", ctaParameters("Go", "javascript:alert(1)"))),
                    "interactive.action.parameters.url", "url", "http|https", null);
        }

        @Test
        void parametersAreRequired() {
            assertOnly(interactive(ctaUrl("cta_url", null)), "interactive.action.parameters", "required", null, null);
        }
    }

    @Nested
    class Flow {

        @Test
        void actionNameIsFlow() {
            assertOnly(interactive(flow("cta_url", flowParameters("3", "f", null, "Book", null))),
                    "interactive.action.name", "one_of", "flow", null);
        }

        @Test
        void messageVersionIsThree() {
            assertOnly(interactive(flow("flow", flowParameters("2", "f", null, "Book", null))),
                    "interactive.action.parameters.flow_message_version", "one_of", "3", null);
            assertOnly(interactive(flow("flow", flowParameters(null, "f", null, "Book", null))),
                    "interactive.action.parameters.flow_message_version", "required", null, null);
        }

        @Test
        void flowTokenIsRequired() {
            ActionParameters noToken = new ActionParameters("3", null, "f", null, "Book", null, null, null, null, null);
            assertOnly(interactive(flow("flow", noToken)), "interactive.action.parameters.flow_token", "required", null,
                    null);
        }

        @Test
        void exactlyOneOfFlowIdAndFlowName() {
            assertOnly(interactive(flow("flow", flowParameters("3", null, null, "Book", null))),
                    "interactive.action.parameters", "exactly_one_of", "flow_id|flow_name", null);
            assertOnly(interactive(flow("flow", flowParameters("3", "f", "booking", "Book", null))),
                    "interactive.action.parameters", "exactly_one_of", "flow_id|flow_name", null);
        }

        @Test
        void ctaIsRequiredAndAtMost30Characters() {
            assertValid(interactive(flow("flow", flowParameters("3", "f", null, "c".repeat(30), null))));
            assertOnly(interactive(flow("flow", flowParameters("3", "f", null, "c".repeat(31), null))),
                    "interactive.action.parameters.flow_cta", "max_length", "30", 31);
            assertOnly(interactive(flow("flow", flowParameters("3", "f", null, null, null))),
                    "interactive.action.parameters.flow_cta", "required", null, null);
        }

        @Test
        void flowActionIsNavigateOrDataExchange() {
            assertOnly(interactive(flow("flow", flowParameters("3", "f", null, "Book", "open"))),
                    "interactive.action.parameters.flow_action", "one_of", "navigate|data_exchange", null);
        }

        @Test
        void payloadNeedsScreen() {
            ActionParameters parameters = new ActionParameters("3", "t", "f", null, "Book", "navigate",
                    new FlowActionPayload(null, null), null, null, null);
            assertOnly(interactive(flow("flow", parameters)),
                    "interactive.action.parameters.flow_action_payload.screen", "required", null, null);
        }
    }

    @Nested
    class CatalogMessage {

        @Test
        void actionNameIsCatalogMessage() {
            assertValid(interactive(catalog("catalog_message")));
            assertOnly(interactive(catalog("catalog")), "interactive.action.name", "one_of", "catalog_message", null);
        }
    }

    @Nested
    class Carousel {

        @Test
        void twoToTenCards() {
            List<InteractiveCard> ten = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ten.add(ctaCard(i));
            }
            assertValid(interactive(carousel(ten.toArray(InteractiveCard[]::new))));
            assertOnly(interactive(carousel(ctaCard(0))), "interactive.action.cards", "count", "2-10", 1);
            ten.add(ctaCard(0));
            List<LimitViolation> eleven = violations(interactive(carousel(ten.toArray(InteractiveCard[]::new))));
            assertTrue(
                    eleven.stream().anyMatch(v -> v.path().equals("interactive.action.cards")
                            && v.rule().equals("count") && v.limit().equals("2-10") && v.actualLength() == 11),
                    eleven::toString);
        }

        @Test
        void cardIndexIsZeroToNine() {
            assertOnly(interactive(carousel(ctaCard(0), ctaCard(10))), "interactive.action.cards[1].card_index",
                    "range", "0..9", null);
            assertOnly(interactive(carousel(ctaCard(-1), ctaCard(1))), "interactive.action.cards[0].card_index",
                    "range", "0..9", null);
        }

        @Test
        void cardIndexIsUnique() {
            assertOnly(interactive(carousel(ctaCard(3), ctaCard(3))), "interactive.action.cards[1].card_index",
                    "unique", null, null);
        }

        @Test
        void cardHeaderIsImageOrVideo() {
            InteractiveCard noHeader = new InteractiveCard(1, "cta_url", null, block("x"), ctaCard(1).action());
            assertOnly(interactive(carousel(ctaCard(0), noHeader)), "interactive.action.cards[1].header", "required",
                    null, null);
            InteractiveCard textHeader = new InteractiveCard(1, "cta_url", textHeader("Hi"), block("x"),
                    ctaCard(1).action());
            assertOnly(interactive(carousel(ctaCard(0), textHeader)), "interactive.action.cards[1].header.type",
                    "one_of", "image|video", null);
        }

        @Test
        void cardBodyIsAtMost160Characters() {
            InteractiveCard ok = new InteractiveCard(1, "cta_url", imageHeader(), block("b".repeat(160)),
                    ctaCard(1).action());
            assertValid(interactive(carousel(ctaCard(0), ok)));
            InteractiveCard tooLong = new InteractiveCard(1, "cta_url", imageHeader(), block("b".repeat(161)),
                    ctaCard(1).action());
            assertOnly(interactive(carousel(ctaCard(0), tooLong)), "interactive.action.cards[1].body.text",
                    "max_length", "160", 161);
        }

        @Test
        void cardActionIsRequired() {
            InteractiveCard noAction = new InteractiveCard(0, "cta_url", imageHeader(), block("x"), null);
            List<LimitViolation> found = violations(interactive(
                    carousel(noAction, new InteractiveCard(1, "cta_url", imageHeader(), block("x"), null))));
            assertEquals(List.of("interactive.action.cards[0].action", "interactive.action.cards[1].action"),
                    found.stream().map(LimitViolation::path).toList());
            assertTrue(found.stream().allMatch(v -> v.rule().equals("required")), found::toString);
        }

        @Test
        void allCardsHaveTheSameActionKindAndButtonCount() {
            assertOnly(interactive(carousel(ctaCard(0), replyCard(1, 1))), "interactive.action.cards[1].action",
                    "consistent", null, null);
            assertOnly(interactive(carousel(replyCard(0, 2), replyCard(1, 2), replyCard(2, 1))),
                    "interactive.action.cards[2].action", "consistent", null, null);
        }
    }
}
