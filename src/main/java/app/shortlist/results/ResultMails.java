package app.shortlist.results;

import app.shortlist.i18n.Lang;
import app.shortlist.web.Dates;

/** The mails of publication and objections, in the recipient's language. */
final class ResultMails {

    private ResultMails() {
    }

    static String publishedSubject(Lang lang, String list, String program) {
        return lang == Lang.EN ? "Published: " + list + " · " + program : "名单已发布：" + list + " · " + program;
    }

    static String publishedBody(Lang lang, String list, String program, String project, String reference,
            boolean listed, String proposed, ResultListVersion v, long listId) {
        String p = project == null ? "—" : project;
        String ref = reference == null ? "—" : reference;
        String link = "/results/" + listId;
        String notice = !v.hasNotice() ? ""
                : lang == Lang.EN ? "The notice period runs from %s to %s (China Standard Time).\n"
                        .formatted(Dates.format(v.noticeStartsAt), Dates.format(v.noticeEndsAt))
                        : "公示期：%s 至 %s（北京时间）。\n".formatted(Dates.format(v.noticeStartsAt), Dates.format(v.noticeEndsAt));
        if (lang == Lang.EN) {
            return (listed
                    ? "Your project \"%s\" (%s) is on \"%s\" of %s (version %d)%s.\n"
                            .formatted(p, ref, list, program, v.number, proposed == null || proposed.equals("—") ? ""
                                    : ", proposed support " + proposed + " (10,000 CNY)")
                    : "\"%s\" of %s has been published (version %d); your project \"%s\" (%s) is not on it.\n"
                            .formatted(list, program, v.number, p, ref))
                    + notice + "The list: " + link + "\n";
        }
        return (listed
                ? "您在「%s」的项目「%s」（%s）已列入「%s」（第 %d 版）%s。\n"
                        .formatted(program, p, ref, list, v.number, proposed == null || proposed.equals("—") ? ""
                                : "，拟支持金额 " + proposed + " 万元")
                : "「%s」的「%s」已发布（第 %d 版），您的项目「%s」（%s）未列入。\n"
                        .formatted(program, list, v.number, p, ref))
                + notice + "名单见：" + link + "\n";
    }

    static String resolvedSubject(Lang lang, String project) {
        return lang == Lang.EN ? "Your objection about \"" + project + "\" has been resolved"
                : "您对「" + project + "」的异议已处理";
    }

    static String resolvedBody(Lang lang, String project, String list, ObjectionStatus outcome, String text) {
        return lang == Lang.EN
                ? "Your objection about \"%s\" on \"%s\" has been examined.\n\nOutcome: %s\n%s\n"
                        .formatted(project, list, outcome.label().en, text)
                : "您对「%s」中项目「%s」提出的异议已经处理。\n\n处理结果：%s\n%s\n"
                        .formatted(list, project, outcome.label().zh, text);
    }
}
