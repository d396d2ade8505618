package dev.herald.preview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The preview page over HTTP: the form, the bubbles, escaping, skipped and failed notifications, bad input. */
@QuarkusTest
@TestProfile(SamplePreviewProfile.class)
class PreviewPageTest {

    static String event(String trigger) throws IOException {
        return Files.readString(Path.of("src/test/resources/events", trigger + ".json"));
    }

    @Test
    void offersEveryTriggerAndASkeletonOfTheFieldsTheChosenOneReads() {
        given().queryParam("trigger", "order.shipped").when().get("/preview").then().statusCode(200)
                .contentType(ContentType.HTML)
                .body(allOf(containsString("<option value=\"customer.registered\">"),
                        containsString("<option value=\"order.shipped\" selected>"),
                        containsString("<option value=\"recommendations.weekly\">"),
                        containsString("&quot;tracking_slug&quot; : &quot;&quot;"),
                        containsString("&quot;image_url&quot; : &quot;&quot;"),
                        containsString("&quot;total_1000&quot; : &quot;&quot;")));
    }

    @Test
    void templateBubbleShowsTheMirrorTextWithValuesButtonsAndTheExactRequest() throws IOException {
        given().contentType(ContentType.URLENC).formParam("trigger", "order.shipped")
                .formParam("event", event("order.shipped")).when().post("/preview").then().statusCode(200)
                .body(allOf(containsString("data-name=\"order-shipped\" data-status=\"ready\""),
                        containsString("src=\"https://cdn.shop.example/items/headphones.jpg\""),
                        containsString("Merhaba Mehmet, ORD-12345 numaralı siparişiniz (1.499,99 TL) yola çıktı."),
                        containsString("Bizi tercih ettiğiniz için teşekkürler"),
                        containsString("Takip<small>url: https://shop.example/track/ORD-12345-7f3a</small>"),
                        containsString("Dur<small>quick_reply: sends back STOP_cus-1001</small>"),
                        containsString("&quot;tr-TR&quot; gives tr_TR, tr, en"),
                        containsString("&quot;phone_number&quot; : &quot;+905321112233&quot;"),
                        containsString("rules/orders.yaml:")));
    }

    @Test
    void interactiveListAndCarouselAreDrawnFromTheMessageObject() throws IOException {
        given().contentType(ContentType.URLENC).formParam("trigger", "delivery.slots_offered")
                .formParam("event", event("delivery.slots_offered")).when().post("/preview").then().statusCode(200)
                .body(allOf(containsString("interactive list"), containsString("Choose a slot"),
                        containsString("Available slots"), containsString("Slots are held for 30 minutes")));
        given().contentType(ContentType.URLENC).formParam("trigger", "recommendations.weekly")
                .formParam("event", event("recommendations.weekly")).when().post("/preview").then().statusCode(200)
                .body(allOf(containsString("class=\"cards\""), containsString("card 0"),
                        containsString("View<small>url: https://shop.example/p/")));
    }

    @Test
    void eventValuesAreEscapedNeverMarkup() {
        String event = "{\"customer\": {\"id\": \"u1\", \"phone\": \"+905559876543\", "
                + "\"first_name\": \"<script>alert(1)</script>\"}}";
        given().contentType(ContentType.URLENC).formParam("trigger", "customer.registered").formParam("event", event)
                .when().post("/preview").then().statusCode(200)
                .body(allOf(containsString("Hoş geldin &lt;script&gt;alert(1)&lt;/script&gt;!"),
                        not(containsString("<script>alert(1)"))));
    }

    @Test
    void skippedAndFailedNotificationsSayWhyAndWhere() throws IOException {
        String free = event("order.shipped").replace("1499990", "0");
        given().contentType(ContentType.URLENC).formParam("trigger", "order.shipped").formParam("event", free).when()
                .post("/preview").then().statusCode(200).body(allOf(containsString("data-status=\"skipped\""),
                        containsString("when: event.order.total_1000 &gt; 0 was false")));
        String noPhone = event("order.shipped").replace("\"phone\": \"+905321112233\",", "");
        given().contentType(ContentType.URLENC).formParam("trigger", "order.shipped").formParam("event", noPhone).when()
                .post("/preview").then().statusCode(200).body(allOf(containsString("data-status=\"failed\""),
                        containsString("<code>MISSING_VALUE</code>"), containsString("at rules/orders.yaml:")));
    }

    @Test
    void malformedJsonIsShownOnThePageKeepingWhatWasTyped() {
        given().contentType(ContentType.URLENC).formParam("trigger", "order.shipped").formParam("event", "{\"a\": ")
                .when().post("/preview").then().statusCode(200).body(allOf(
                        containsString("id=\"error\">MALFORMED_JSON"), containsString(">{&quot;a&quot;: </textarea>")));
    }
}
