package dev.herald.compile;

/** Static limits of whatsapp-reference.md section 3, in Unicode code points or element counts. */
final class Limits {

    static final int TEXT_BODY = 4096;
    static final int CAPTION = 1024;
    static final int HEADER_TEXT = 60;
    static final int BODY_TEXT = 1024;
    static final int FOOTER_TEXT = 60;
    static final int REPLY_BUTTONS = 3;
    static final int REPLY_ID = 256;
    static final int REPLY_TITLE = 20;
    static final int LIST_BUTTON = 20;
    static final int SECTIONS = 10;
    static final int LIST_ROWS = 10;
    static final int ROW_ID = 200;
    static final int ROW_TITLE = 24;
    static final int ROW_DESCRIPTION = 72;
    static final int SECTION_TITLE = 24;
    static final int PRODUCT_ITEMS = 30;
    static final int CTA_DISPLAY_TEXT = 20;
    static final int FLOW_CTA = 30;
    static final int CARDS = 10;
    static final int CARD_BODY = 160;
    static final int TEMPLATE_HEADER_PARAM = 60;
    static final int TEMPLATE_BODY_PARAM = 1024;

    private Limits() {
    }
}
