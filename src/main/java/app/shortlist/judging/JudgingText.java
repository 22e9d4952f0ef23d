package app.shortlist.judging;

import app.shortlist.i18n.Lang;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.judging.rules.Assigner;

/** Short bilingual texts the judging services put into field errors, audit-free refusals and mails. */
enum JudgingText {
    REQUIRED("此项为必填项。", "This field is required."),
    USERNAME_FORMAT("用户名不能包含空格。", "A username has no spaces."),
    EMAIL_FORMAT("电子邮箱格式不正确。", "This is not a valid e-mail address."),
    CONFLICT_KIND("请选择回避类型。", "Choose what the conflict is with."),
    NOT_IN_POOL("该评委不在本轮评委库中", "the judge is not in this round’s pool"),
    DROPPED_OUT("该评委已退出本轮", "the judge has dropped out of this round"),
    OUTSIDE_PANEL("该申报的组别不在该评委的评审组别内", "the application’s track is outside the judge’s panels"),
    RECUSED("该评委已回避此申报", "the judge recused themselves from this application"),
    NOT_WAITING("该申报不在本轮待评审名单中", "the application is not among this round’s entries");

    private final LocalizedText text;

    JudgingText(String zh, String en) {
        this.text = new LocalizedText(zh, en);
    }

    String in(Lang lang) {
        return text.in(lang);
    }

    LocalizedText text() {
        return text;
    }

    /** The assigner's conflict reasons, for people. */
    static LocalizedText of(Assigner.Conflict c) {
        return switch (c) {
            case SAME_ORGANISATION -> new LocalizedText("同一单位", "same organisation");
            case SAME_UNIT -> new LocalizedText("同一推荐单位", "same recommending unit");
            case DECLARED_ORGANISATION -> new LocalizedText("声明回避的单位", "declared organisation");
            case DECLARED_USCC -> new LocalizedText("声明回避的统一社会信用代码", "declared credit code");
            case DECLARED_APPLICANT -> new LocalizedText("声明回避的申报人", "declared applicant");
        };
    }
}
