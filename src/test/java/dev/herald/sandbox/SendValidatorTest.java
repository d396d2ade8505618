package dev.herald.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class SendValidatorTest {

    static final String M = "messages[0].message";
    static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 units

    final SendValidator validator = new SendValidator(100);

    List<String> v2(String message) {
        return validator.validate(ApiVersion.V2, Json.v2(Json.obj(message)));
    }

    List<String> v1(String message) {
        return validator.validate(ApiVersion.V1, Json.v1(Json.obj(message)));
    }

    static void accepted(List<String> problems) {
        assertEquals(List.of(), problems);
    }

    static void refused(List<String> problems, String expected) {
        assertTrue(problems.contains(expected), () -> "expected <" + expected + "> in " + problems);
    }

    static String repeat(String text, int times) {
        return text.repeat(times);
    }

    @Nested
    class Envelope {

        @Test
        void acceptsTheProvidersV2Sample() {
            accepted(validator.validate(ApiVersion.V2, Json.obj(Json.resource("sandbox/v2-sample.json"))));
        }

        @Test
        void acceptsTheProvidersV1Sample() {
            accepted(validator.validate(ApiVersion.V1, Json.obj(Json.resource("sandbox/v1-sample.json"))));
        }

        @Test
        void acceptsEveryOptionalV2Field() {
            accepted(validator.validate(ApiVersion.V2, Json.obj("""
                    {'from':'+905551234567','url_shortener_config':{'status':true,'domain':'ins.to'},
                     'unique_args':{'campaign':'x'},'remove_tracking_params':false,'unknown_field':1,
                     'messages':[{'phone_number':'+905559876543','user_id':'u1','reply_type':'first',
                       'unique_args':{'a':'b'},'message':{'type':'text','text':{'body':'hi'}}}]}""")));
        }

        @Test
        void v2RequiresFrom() {
            refused(validator.validate(ApiVersion.V2, Json.obj("""
                    {'messages':[{'phone_number':'+905559876543','message':{'type':'text','text':{'body':'hi'}}}]}""")),
                    "from: is required");
        }

        @Test
        void v1FromIsOptional() {
            accepted(v1("{'type':'text','text':{'body':'hi'}}"));
        }

        @Test
        void refusesPhoneNumbersThatAreNotE164() {
            List<String> problems = validator.validate(ApiVersion.V2, Json.obj("""
                    {'from':'905551234567','messages':[{'phone_number':'+0555',
                      'message':{'type':'text','text':{'body':'hi'}}}]}"""));
            refused(problems, "from: \"905551234567\" is not an E.164 phone number (+ and 7-15 digits)");
            refused(problems, "messages[0].phone_number: \"+0555\" is not an E.164 phone number (+ and 7-15 digits)");
        }

        @Test
        void v1UsesCamelCasePhoneNumber() {
            refused(validator.validate(ApiVersion.V1, Json.obj("""
                    {'messages':[{'phone_number':'+905559876543','message':{'type':'text','text':{'body':'hi'}}}]}""")),
                    "messages[0].phoneNumber: is required");
        }

        @Test
        void requiresAtLeastOneMessage() {
            refused(validator.validate(ApiVersion.V2, Json.obj("{'from':'+905551234567','messages':[]}")),
                    "messages: has 0 items, allowed 1-100");
        }

        @Test
        void refusesMoreMessagesThanConfigured() {
            ObjectNode body = Json.obj("{}");
            ArrayNode items = body.putArray("messages");
            for (int i = 0; i < 3; i++) {
                items.add(Json.obj("{'phoneNumber':'+905559876543','message':{'type':'text','text':{'body':'hi'}}}"));
            }
            refused(new SendValidator(2).validate(ApiVersion.V1, body), "messages: has 3 items, allowed 1-2");
        }

        @Test
        void refusesUnknownReplyTypeAndNonObjectUniqueArgs() {
            List<String> problems = validator.validate(ApiVersion.V2, Json.obj("""
                    {'from':'+905551234567','unique_args':'x','messages':[{'phone_number':'+905559876543',
                     'reply_type':'fourth','message':{'type':'text','text':{'body':'hi'}}}]}"""));
            refused(problems, "unique_args: must be an object");
            refused(problems, "messages[0].reply_type: \"fourth\" is not one of first|second|third|other");
        }

        @Test
        void refusesAMissingMessage() {
            refused(validator.validate(ApiVersion.V2,
                    Json.obj("{'from':'+905551234567','messages':[{'phone_number':'+905559876543'}]}")),
                    "messages[0].message: is required");
        }
    }

    @Nested
    class MessageType {

        @Test
        void refusesAnUnknownType() {
            refused(v2("{'type':'poll'}"), M + ".type: \"poll\" is not one of "
                    + "text|image|video|document|audio|sticker|location|template|interactive");
        }

        @Test
        void requiresTheObjectNamedByType() {
            refused(v2("{'type':'text','image':{'link':'https://x.test/a.png'}}"), M + ".text: is required");
        }

        @Test
        void acceptsAReplyContext() {
            accepted(v2("{'type':'text','context':{'message_id':'wamid.1'},'text':{'body':'hi'}}"));
        }

        @Test
        void requiresAStringContextMessageId() {
            refused(v2("{'type':'text','context':{'message_id':7},'text':{'body':'hi'}}"),
                    M + ".context.message_id: must be a string");
        }
    }

    @Nested
    class Text {

        @Test
        void acceptsTheSeedTextMessage() {
            accepted(v2("{'type':'text','text':{'body':'Merhaba! Siparişiniz hazırlanıyor.','preview_url':false}}"));
        }

        @Test
        void requiresABody() {
            refused(v2("{'type':'text','text':{}}"), M + ".text.body: is required");
        }

        @Test
        void refusesABodyOver4096() {
            refused(v2("{'type':'text','text':{'body':'" + repeat("a", 4097) + "'}}"),
                    M + ".text.body: length 4097 exceeds 4096");
        }

        @Test
        void countsEmojiAsOneCharacter() {
            accepted(v2("{'type':'text','text':{'body':'" + repeat(EMOJI, 4096) + "'}}"));
            refused(v2("{'type':'text','text':{'body':'" + repeat(EMOJI, 4097) + "'}}"),
                    M + ".text.body: length 4097 exceeds 4096");
        }

        @Test
        void requiresABooleanPreviewUrl() {
            refused(v2("{'type':'text','text':{'body':'hi','preview_url':'yes'}}"),
                    M + ".text.preview_url: must be a boolean");
        }
    }

    @Nested
    class Media {

        @Test
        void acceptsEachSeedMediaMessage() {
            accepted(v2("{'type':'image','image':{'link':'https://example.com/image.jpg','caption':'Product Image'}}"));
            accepted(v2("{'type':'image','image':{'id':'1234567890','caption':'Uploaded Image'}}"));
            accepted(v2("{'type':'video','video':{'link':'https://example.com/video.mp4','caption':'Product video'}}"));
            accepted(v2("""
                    {'type':'document','document':{'link':'https://example.com/invoice.pdf',
                     'filename':'Fatura-12345.pdf','caption':'Sipariş faturanız'}}"""));
            accepted(v2("{'type':'audio','audio':{'link':'https://example.com/audio.mp3'}}"));
            accepted(v2("{'type':'sticker','sticker':{'link':'https://example.com/sticker.webp'}}"));
        }

        @Test
        void requiresExactlyOneOfLinkOrId() {
            refused(v2("{'type':'image','image':{'link':'https://x.test/a.png','id':'1'}}"),
                    M + ".image: must have exactly one of link or id, has both");
            refused(v2("{'type':'image','image':{'caption':'c'}}"),
                    M + ".image: must have exactly one of link or id, has neither");
        }

        @Test
        void requiresAnHttpLink() {
            refused(v2("{'type':'video','video':{'link':'ftp://x.test/a.mp4'}}"),
                    M + ".video.link: must be an http or https URL");
        }

        @Test
        void refusesACaptionOnAudioAndSticker() {
            refused(v2("{'type':'audio','audio':{'id':'1','caption':'c'}}"),
                    M + ".audio.caption: is not allowed for audio");
            refused(v2("{'type':'sticker','sticker':{'id':'1','caption':'c'}}"),
                    M + ".sticker.caption: is not allowed for sticker");
        }

        @Test
        void refusesACaptionOver1024() {
            refused(v2("{'type':'image','image':{'id':'1','caption':'" + repeat("c", 1025) + "'}}"),
                    M + ".image.caption: length 1025 exceeds 1024");
        }

        @Test
        void allowsAFilenameOnlyOnDocuments() {
            refused(v2("{'type':'image','image':{'id':'1','filename':'a.png'}}"),
                    M + ".image.filename: is allowed only for document, not image");
        }
    }

    @Nested
    class Location {

        @Test
        void acceptsTheSeedLocation() {
            accepted(v2("""
                    {'type':'location','location':{'latitude':'41.0082','longitude':'28.9784',
                     'name':'İstanbul','address':'İstanbul, Türkiye'}}"""));
        }

        @Test
        void requiresCoordinatesAsJsonStrings() {
            List<String> problems = v2("{'type':'location','location':{'latitude':41.0082}}");
            refused(problems, M + ".location.latitude: must be a JSON string, not a number");
            refused(problems, M + ".location.longitude: is required");
        }

        @Test
        void refusesCoordinatesOutOfRange() {
            refused(v2("{'type':'location','location':{'latitude':'91','longitude':'28.9'}}"),
                    M + ".location.latitude: \"91\" is outside -90..90");
        }
    }

    @Nested
    class Template {

        static final String T = M + ".template";

        String template(String components) {
            return "{'type':'template','template':{'name':'t','language':{'code':'tr'},'components':[" + components
                    + "]}}";
        }

        @Test
        void requiresNameAndLanguageCode() {
            List<String> problems = v2("{'type':'template','template':{'language':{}}}");
            refused(problems, T + ".name: is required");
            refused(problems, T + ".language.code: is required");
        }

        @Test
        void v1RequiresTheDeterministicPolicy() {
            refused(v1("{'type':'template','template':{'name':'t','language':{'code':'tr'}}}"),
                    T + ".language.policy: is required");
            refused(v1("{'type':'template','template':{'name':'t','language':{'code':'tr','policy':'fallback'}}}"),
                    T + ".language.policy: must be \"deterministic\", was \"fallback\"");
            accepted(v1(
                    "{'type':'template','template':{'name':'t','language':{'code':'tr','policy':'deterministic'}}}"));
        }

        @Test
        void v2PolicyIsOptionalDeterministicOrFallback() {
            accepted(v2("{'type':'template','template':{'name':'t','language':{'code':'tr'}}}"));
            accepted(v2("{'type':'template','template':{'name':'t','language':{'code':'tr','policy':'fallback'}}}"));
            refused(v2("{'type':'template','template':{'name':'t','language':{'code':'tr','policy':'any'}}}"),
                    T + ".language.policy: \"any\" is not one of deterministic|fallback");
        }

        @Test
        void acceptsTheSeedComponents() {
            accepted(v2(template(
                    """
                            {'type':'header','parameters':[{'type':'image','image':{'link':'https://example.com/image.jpg'}}]},
                            {'type':'body','parameters':[{'type':'text','text':'Ahmet Yılmaz'},{'type':'text','text':'12345'}]},
                            {'type':'button','sub_type':'url','index':'0','parameters':[{'type':'text','text':'PROMO2024'}]},
                            {'type':'button','sub_type':'url','index':'1','parameters':[{'type':'text','cta_link':'?code=S'}]},
                            {'type':'button','sub_type':'copy_code','index':'2',
                             'parameters':[{'type':'coupon_code','coupon_code':'SUMMER2024'}]},
                            {'type':'button','sub_type':'quick_reply','index':'3','parameters':[{'type':'payload','payload':'P'}]},
                            {'type':'button','sub_type':'flow','index':'4','parameters':[{'type':'action',
                             'action':{'flow_token':'unique-flow-token','flow_action_data':{'user_id':'12345'}}}]},
                            {'type':'limited_time_offer','parameters':[{'type':'limited_time_offer',
                             'limited_time_offer':{'expiration_time_ms':1640000000000}}]}""")));
        }

        @Test
        void refusesAnUnknownComponentType() {
            refused(v2(template("{'type':'footer','parameters':[]}")),
                    T + ".components[0].type: \"footer\" is not one of "
                            + "header|body|button|carousel|limited_time_offer");
        }

        @Test
        void limitsHeaderTextTo60AndBodyTextTo1024() {
            refused(v2(template("{'type':'header','parameters':[{'type':'text','text':'" + repeat("h", 61) + "'}]}")),
                    T + ".components[0].parameters[0].text: length 61 exceeds 60");
            accepted(v2(
                    template("{'type':'header','parameters':[{'type':'text','text':'" + repeat(EMOJI, 60) + "'}]}")));
            refused(v2(template("{'type':'body','parameters':[{'type':'text','text':'" + repeat("b", 1025) + "'}]}")),
                    T + ".components[0].parameters[0].text: length 1025 exceeds 1024");
        }

        @Test
        void refusesNewlinesTabsAndFiveSpacesInTextParameters() {
            String p = T + ".components[0].parameters[0].text: ";
            refused(v2(template("{'type':'body','parameters':[{'type':'text','text':'a\\nb'}]}")),
                    p + "must not contain a newline");
            refused(v2(template("{'type':'body','parameters':[{'type':'text','text':'a\\tb'}]}")),
                    p + "must not contain a tab");
            refused(v2(template("{'type':'body','parameters':[{'type':'text','text':'a     b'}]}")),
                    p + "must not contain more than 4 consecutive spaces");
            accepted(v2(template("{'type':'body','parameters':[{'type':'text','text':'a    b'}]}")));
        }

        @Test
        void checksCurrencyAndDateTimeParameters() {
            accepted(v2(template("""
                    {'type':'body','parameters':[
                     {'type':'currency','currency':{'fallback_value':'$10.99','code':'USD','amount_1000':10990}},
                     {'type':'date_time','date_time':{'fallback_value':'May 1'}}]}""")));
            List<String> problems = v2(template(
                    """
                            {'type':'body','parameters':[
                             {'type':'currency','currency':{'fallback_value':'$10.99','code':'usd','amount_1000':'10990'}}]}"""));
            String c = T + ".components[0].parameters[0].currency.";
            refused(problems, c + "code: \"usd\" is not an ISO 4217 code (3 capital letters)");
            refused(problems, c + "amount_1000: must be an integer");
        }

        @Test
        void requiresButtonIndexAsAStringDigit() {
            refused(v2(
                    template("{'type':'button','sub_type':'url','index':0,'parameters':[{'type':'text','text':'x'}]}")),
                    T + ".components[0].index: must be a JSON string such as \"0\", not NUMBER");
            refused(v2(template(
                    "{'type':'button','sub_type':'url','index':'10','parameters':[{'type':'text','text':'x'}]}")),
                    T + ".components[0].index: \"10\" is not a digit 0-9");
        }

        @Test
        void checksButtonSubTypeAndItsParameter() {
            refused(v2(template("{'type':'button','sub_type':'call','index':'0','parameters':[{'type':'text'}]}")),
                    T + ".components[0].sub_type: \"call\" is not one of url|quick_reply|copy_code|flow");
            refused(v2(template("{'type':'button','sub_type':'quick_reply','index':'0','parameters':[{'type':'text',"
                    + "'text':'x'}]}")), T + ".components[0].parameters[0].type: must be \"payload\", was \"text\"");
            refused(v2(template("{'type':'button','sub_type':'url','index':'0','parameters':[{'type':'text'}]}")),
                    T + ".components[0].parameters[0].text: is required (or the provider's cta_link)");
        }

        @Test
        void acceptsTheSeedCarousel() {
            accepted(v2(template(carousel(2))));
        }

        @Test
        void allowsAtMostTenCarouselCardsIndexed0To9() {
            refused(v2(template(carousel(11))), T + ".components[0].cards: has 11 items, allowed 1-10");
            refused(v2(template(carousel(11))), T + ".components[0].cards[10].card_index: 10 is outside 0-9");
        }

        @Test
        void refusesDuplicateCardIndexes() {
            String card = "{'card_index':0,'components':[{'type':'body','parameters':[{'type':'text','text':'x'}]}]}";
            refused(v2(template("{'type':'carousel','cards':[" + card + "," + card + "]}")),
                    T + ".components[0].cards[1].card_index: 0 is used by another card");
        }

        @Test
        void requiresAnIntegerOfferExpiration() {
            refused(v2(template("""
                    {'type':'limited_time_offer','parameters':[{'type':'limited_time_offer',
                     'limited_time_offer':{'expiration_time_ms':'1640000000000'}}]}""")),
                    T + ".components[0].parameters[0].limited_time_offer.expiration_time_ms: must be an integer");
        }

        String carousel(int cards) {
            StringBuilder json = new StringBuilder("{'type':'carousel','cards':[");
            for (int i = 0; i < cards; i++) {
                json.append(i == 0 ? "" : ",")
                        .append("""
                                {'card_index':%d,'components':[
                                 {'type':'header','parameters':[{'type':'image','image':{'link':'https://example.com/p.jpg'}}]},
                                 {'type':'body','parameters':[{'type':'text','text':'Ürün 1 Adı'},{'type':'text','text':'999.99 TL'}]},
                                 {'type':'button','sub_type':'url','index':'0','parameters':[{'type':'text','text':'p-1'}]}]}"""
                                .formatted(i));
            }
            return json.append("]}").toString();
        }
    }

    @Nested
    class Interactive {

        static final String I = M + ".interactive";

        String interactive(String json) {
            return "{'type':'interactive','interactive':" + json + "}";
        }

        List<String> buttons(String... titles) {
            StringBuilder json = new StringBuilder("{'type':'button','body':{'text':'b'},'action':{'buttons':[");
            for (int i = 0; i < titles.length; i++) {
                json.append(i == 0 ? "" : ",").append("{'type':'reply','reply':{'id':'id").append(i)
                        .append("','title':'").append(titles[i]).append("'}}");
            }
            return v2(interactive(json.append("]}}").toString()));
        }

        @Test
        void refusesAnUnknownInteractiveType() {
            refused(v2(interactive("{'type':'poll','body':{'text':'b'},'action':{}}")),
                    I + ".type: \"poll\" is not one of "
                            + "button|list|product|product_list|flow|cta_url|catalog_message|carousel");
        }

        @Test
        void limitsHeaderBodyAndFooter() {
            List<String> problems = v2(interactive("{'type':'button','header':{'type':'text','text':'" + repeat("h", 61)
                    + "'},'body':{'text':'" + repeat("b", 1025) + "'},'footer':{'text':'" + repeat("f", 61)
                    + "'},'action':{'buttons':[{'type':'reply','reply':{'id':'a','title':'A'}}]}}"));
            refused(problems, I + ".header.text: length 61 exceeds 60");
            refused(problems, I + ".body.text: length 1025 exceeds 1024");
            refused(problems, I + ".footer.text: length 61 exceeds 60");
        }

        @Test
        void requiresABodyExceptForProduct() {
            refused(v2(interactive(
                    "{'type':'button','action':{'buttons':[{'type':'reply','reply':{'id':'a'," + "'title':'A'}}]}}")),
                    I + ".body: is required");
        }

        @Test
        void acceptsAMediaHeader() {
            accepted(
                    v2(interactive("{'type':'button','header':{'type':'image','image':{'link':'https://x.test/h.jpg'}},"
                            + "'body':{'text':'b'},'action':{'buttons':[{'type':'reply','reply':{'id':'a','title':'A'}}]}}")));
        }

        @Test
        void acceptsOneToThreeReplyButtons() {
            accepted(buttons("Evet"));
            accepted(buttons("Evet", "Hayır", "Belki"));
            refused(buttons("a", "b", "c", "d"), I + ".action.buttons: has 4 items, allowed 1-3");
            refused(v2(interactive("{'type':'button','body':{'text':'b'},'action':{'buttons':[]}}")),
                    I + ".action.buttons: has 0 items, allowed 1-3");
        }

        @Test
        void refusesDuplicateOrLongButtonTitles() {
            refused(buttons("Same", "Same"), I + ".action.buttons[1].reply.title: \"Same\" is used by another button");
            refused(buttons(repeat("t", 21)), I + ".action.buttons[0].reply.title: length 21 exceeds 20");
            accepted(buttons(repeat(EMOJI, 20)));
        }

        @Test
        void refusesReplyIdsWithSurroundingSpacesOrOver256() {
            refused(v2(interactive("{'type':'button','body':{'text':'b'},'action':{'buttons':[{'type':'reply',"
                    + "'reply':{'id':' a','title':'A'}}]}}")),
                    I + ".action.buttons[0].reply.id: must not start or end with spaces");
            refused(v2(interactive("{'type':'button','body':{'text':'b'},'action':{'buttons':[{'type':'reply',"
                    + "'reply':{'id':'" + repeat("i", 257) + "','title':'A'}}]}}")),
                    I + ".action.buttons[0].reply.id: length 257 exceeds 256");
        }

        String list(String button, String sections) {
            return (interactive("{'type':'list','body':{'text':'b'},'action':{'button':'" + button + "','sections':["
                    + sections + "]}}"));
        }

        String rows(int from, int count) {
            StringBuilder json = new StringBuilder();
            for (int i = from; i < from + count; i++) {
                json.append(i == from ? "" : ",").append("{'id':'row_").append(i).append("','title':'Row'}");
            }
            return json.toString();
        }

        @Test
        void acceptsTheSeedList() {
            accepted(v2(list("Seçenekleri Gör", """
                    {'title':'Kategori 1','rows':[{'id':'row_1','title':'Seçenek 1','description':'Seçenek açıklaması'},
                     {'id':'row_2','title':'Seçenek 2','description':'Diğer seçenek'}]}""")));
        }

        @Test
        void allowsAtMostTenRowsAcrossSections() {
            accepted(v2(list("See",
                    "{'title':'A','rows':[" + rows(0, 5) + "]},{'title':'B','rows':[" + rows(5, 5) + "]}")));
            refused(v2(
                    list("See", "{'title':'A','rows':[" + rows(0, 6) + "]},{'title':'B','rows':[" + rows(6, 5) + "]}")),
                    I + ".action.sections: has 11 rows in total, allowed 1-10");
        }

        @Test
        void allowsOneToTenSections() {
            StringBuilder eleven = new StringBuilder();
            for (int i = 0; i < 11; i++) {
                eleven.append(i == 0 ? "" : ",").append("{'title':'S").append(i).append("','rows':[").append(rows(i, 1))
                        .append("]}");
            }
            refused(v2(list("See", eleven.toString())), I + ".action.sections: has 11 items, allowed 1-10");
            refused(v2(list("See", "")), I + ".action.sections: has 0 items, allowed 1-10");
        }

        @Test
        void requiresSectionTitlesWhenThereAreSeveralSections() {
            accepted(v2(list("See", "{'rows':[" + rows(0, 1) + "]}")));
            refused(v2(list("See", "{'rows':[" + rows(0, 1) + "]},{'title':'B','rows':[" + rows(1, 1) + "]}")),
                    I + ".action.sections[0].title: is required");
            refused(v2(list("See", "{'title':'" + repeat("s", 25) + "','rows':[" + rows(0, 1) + "]}")),
                    I + ".action.sections[0].title: length 25 exceeds 24");
        }

        @Test
        void limitsListButtonAndRowFields() {
            List<String> problems = v2(list(repeat("b", 21), "{'rows':[{'id':'" + repeat("i", 201) + "','title':'"
                    + repeat("t", 25) + "','description':'" + repeat("d", 73) + "'}]}"));
            refused(problems, I + ".action.button: length 21 exceeds 20");
            refused(problems, I + ".action.sections[0].rows[0].id: length 201 exceeds 200");
            refused(problems, I + ".action.sections[0].rows[0].title: length 25 exceeds 24");
            refused(problems, I + ".action.sections[0].rows[0].description: length 73 exceeds 72");
        }

        @Test
        void refusesDuplicateRowIds() {
            refused(v2(list("See", "{'rows':[{'id':'r','title':'A'},{'id':'r','title':'B'}]}")),
                    I + ".action.sections[0].rows[1].id: \"r\" is used by another row");
        }

        @Test
        void acceptsAProductWithoutBodyButRefusesAHeader() {
            accepted(v2(interactive(
                    "{'type':'product','action':{'catalog_id':'123456789'," + "'product_retailer_id':'SKU-12345'}}")));
            refused(v2(interactive("{'type':'product','header':{'type':'text','text':'h'},'action':{'catalog_id':'1',"
                    + "'product_retailer_id':'S'}}")), I + ".header: is not allowed for product");
            refused(v2(interactive("{'type':'product','action':{'catalog_id':'1'}}")),
                    I + ".action.product_retailer_id: is required");
        }

        String productList(boolean header, int items) {
            StringBuilder products = new StringBuilder();
            for (int i = 0; i < items; i++) {
                products.append(i == 0 ? "" : ",").append("{'product_retailer_id':'SKU-").append(i).append("'}");
            }
            return interactive("{'type':'product_list'," + (header ? "'header':{'type':'text','text':'H'}," : "")
                    + "'body':{'text':'b'},'action':{'catalog_id':'123456789','sections':[{'title':'Öne Çıkan Ürünler',"
                    + "'product_items':[" + products + "]}]}}");
        }

        @Test
        void productListRequiresAHeaderAndOneToThirtyItems() {
            accepted(v2(productList(true, 2)));
            accepted(v2(productList(true, 30)));
            refused(v2(productList(false, 2)), I + ".header: is required");
            refused(v2(productList(true, 31)), I + ".action.sections: has 31 product items in total, allowed 1-30");
        }

        @Test
        void productListRequiresACatalogId() {
            refused(v2(interactive("{'type':'product_list','header':{'type':'text','text':'H'},'body':{'text':'b'},"
                    + "'action':{'sections':[{'product_items':[{'product_retailer_id':'S'}]}]}}")),
                    I + ".action.catalog_id: is required");
        }

        String flow(String parameters) {
            return interactive(
                    "{'type':'flow','body':{'text':'b'},'action':{'name':'flow','parameters':" + parameters + "}}");
        }

        @Test
        void acceptsTheSeedFlow() {
            accepted(
                    v2(flow("""
                            {'flow_message_version':'3','flow_token':'unique-token','flow_id':'123456789','flow_cta':'Form Doldur',
                             'flow_action':'navigate','flow_action_payload':{'screen':'FORM_SCREEN','data':{'user_id':'12345'}}}""")));
        }

        @Test
        void checksFlowParameters() {
            List<String> problems = v2(flow("""
                    {'flow_message_version':'2','flow_token':'t','flow_id':'1','flow_name':'n','flow_cta':'Go',
                     'flow_action':'jump','flow_action_payload':{}}"""));
            String p = I + ".action.parameters";
            refused(problems, p + ".flow_message_version: must be \"3\", was \"2\"");
            refused(problems, p + ": must have exactly one of flow_id or flow_name");
            refused(problems, p + ".flow_action: \"jump\" is not one of navigate|data_exchange");
            refused(problems, p + ".flow_action_payload.screen: is required");
        }

        @Test
        void acceptsTheSeedCtaUrl() {
            accepted(v2(interactive("{'type':'cta_url','body':{'text':'b'},'action':{'name':'cta_url','parameters':"
                    + "{'display_text':'Web Siteyi Ziyaret','url':'https://example.com'}}}")));
        }

        @Test
        void limitsCtaUrlDisplayTextAndRequiresAnHttpUrl() {
            List<String> problems = v2(interactive("{'type':'cta_url','body':{'text':'b'},'action':{'name':'cta_url',"
                    + "'parameters':{'display_text':'" + repeat("d", 21) + "','url':'example.com'}}}"));
            refused(problems, I + ".action.parameters.display_text: length 21 exceeds 20");
            refused(problems, I + ".action.parameters.url: must be an http or https URL");
        }

        @Test
        void acceptsTheSeedCatalogMessageAndRequiresItsBody() {
            accepted(v2(interactive("{'type':'catalog_message','body':{'text':'b'},'action':{'name':'catalog_message',"
                    + "'parameters':{'thumbnail_product_retailer_id':'SKU-FEATURED'}}}")));
            refused(v2(interactive("{'type':'catalog_message','action':{'name':'catalog_message'}}")),
                    I + ".body: is required");
        }

        String card(int index, String action) {
            return "{'card_index':" + index + ",'type':'carousel','header':{'type':'image','image':{'link':"
                    + "'https://example.com/p" + index + ".jpg'}},'body':{'text':'Ürün'},'action':" + action + "}";
        }

        static final String CTA = "{'name':'cta_url','parameters':{'display_text':'Satın Al','url':'https://x.test/1'}}";
        static final String QUICK = "{'buttons':[{'type':'quick_reply','quick_reply':{'id':'q','title':'Q'}}]}";

        String carousel(String... cards) {
            return interactive(
                    "{'type':'carousel','body':{'text':'b'},'action':{'cards':[" + String.join(",", cards) + "]}}");
        }

        @Test
        void acceptsACarouselOfTwoToTenCards() {
            accepted(v2(carousel(card(0, CTA), card(1, CTA))));
            accepted(v2(carousel(card(0, QUICK), card(1, QUICK))));
            refused(v2(carousel(card(0, CTA))), I + ".action.cards: has 1 items, allowed 2-10");
        }

        @Test
        void requiresTheSameButtonsOnEveryCard() {
            refused(v2(carousel(card(0, CTA), card(1, QUICK))), I
                    + ".action.cards: all cards must have the same button kind and count, found [cta_url, quick_reply x 1]");
        }

        @Test
        void requiresAnImageOrVideoCardHeaderAndShortCardBody() {
            String textHeader = "{'card_index':1,'header':{'type':'text','text':'h'},'body':{'text':'"
                    + repeat("b", 161) + "'},'action':" + CTA + "}";
            List<String> problems = v2(carousel(card(0, CTA), textHeader));
            refused(problems, I + ".action.cards[1].header.type: \"text\" is not one of image|video");
            refused(problems, I + ".action.cards[1].body.text: length 161 exceeds 160");
        }
    }
}
