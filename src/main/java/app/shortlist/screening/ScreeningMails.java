package app.shortlist.screening;

import app.shortlist.i18n.Lang;

/** The mails an applicant receives about the qualification review, in their language. */
final class ScreeningMails {

    private ScreeningMails() {
    }

    static String passedSubject(Lang lang, String program) {
        return lang == Lang.EN ? "Your application passed the qualification review · " + program
                : "您的申报已通过资格审查 · " + program;
    }

    static String passedBody(Lang lang, String program, String project, String reference) {
        return lang == Lang.EN
                ? "Your application \"%s\" (%s) to %s has passed the qualification review. It takes part in the next round; we will write again when that round has an outcome.\n"
                        .formatted(nz(project), reference, program)
                : "您在「%s」的申报项目「%s」（%s）已通过资格审查，将进入下一轮评审。下一轮有结果时我们会再通知您。\n"
                        .formatted(program, nz(project), reference);
    }

    static String rejectedSubject(Lang lang, String program) {
        return lang == Lang.EN ? "Result of the qualification review · " + program : "资格审查结果 · " + program;
    }

    static String rejectedBody(Lang lang, String program, String project, String reference, String reason) {
        return lang == Lang.EN ? """
                Your application "%s" (%s) to %s did not pass the qualification review.

                Reason: %s

                If you have a question, quote your reference number to the organiser.
                """.formatted(nz(project), reference, program, reason)
                : """
                您在「%s」的申报项目「%s」（%s）未通过资格审查。

                理由：%s

                如有疑问，请向主办方咨询并提供受理编号。
                """.formatted(program, nz(project), reference, reason);
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
