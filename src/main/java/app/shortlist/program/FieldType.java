package app.shortlist.program;

import app.shortlist.i18n.LocalizedText;

/** The kinds of question a program's form may ask. */
public enum FieldType {
    TEXT("单行文本", "Text"),
    LONG_TEXT("多行文本", "Long text"),
    NUMBER("数字", "Number"),
    CHOICE("单选", "Choice"),
    MULTI_CHOICE("多选", "Multiple choice"),
    DATE("日期", "Date"),
    COUNTRY("国家或地区", "Country or region"),
    FILE("附件", "File");

    private final LocalizedText label;

    FieldType(String zh, String en) {
        this.label = new LocalizedText(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
