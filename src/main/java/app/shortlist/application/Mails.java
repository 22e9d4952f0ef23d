package app.shortlist.application;

import app.shortlist.i18n.Lang;

/** The texts of the mails an applicant receives, in their language. */
final class Mails {

    private Mails() {
    }

    static String submittedSubject(Lang lang, String program, String reference) {
        return lang == Lang.EN ? "Application received: " + reference + " · " + program
                : "申报已受理：" + reference + " · " + program;
    }

    static String submittedBody(Lang lang, String program, String project, String reference, String when) {
        return lang == Lang.EN ? """
                Your application "%s" to %s was received on %s (China Standard Time).

                Reference number: %s

                Keep this number: quote it in any question to the organiser. You can follow the application's \
                status after signing in to Shortlist.
                """.formatted(project, program, when, reference)
                : """
                您向「%s」提交的项目「%s」已于 %s（北京时间）受理。

                受理编号：%s

                请妥善保存此编号，咨询主办方时请提供。登录 Shortlist 可随时查看申报进度。
                """.formatted(program, project, when, reference);
    }

    static String withdrawnSubject(Lang lang, String program) {
        return lang == Lang.EN ? "Application withdrawn · " + program : "申报已撤回 · " + program;
    }

    static String withdrawnBody(Lang lang, String program, String project, String reference) {
        String ref = reference == null ? "—" : reference;
        return lang == Lang.EN
                ? "Your application \"%s\" (%s) to %s has been withdrawn at your request.\n".formatted(nz(project), ref, program)
                : "您在「%s」的申报项目「%s」（%s）已按您的要求撤回。\n".formatted(program, nz(project), ref);
    }

    static String extendedSubject(Lang lang, String program) {
        return lang == Lang.EN ? "Deadline extended for your application · " + program : "您的申报截止时间已延长 · " + program;
    }

    static String extendedBody(Lang lang, String program, String until) {
        return lang == Lang.EN
                ? "The organiser of %s has extended the deadline of your application to %s (China Standard Time).\n"
                        .formatted(program, until)
                : "「%s」主办方已将您的申报截止时间延长至 %s（北京时间）。\n".formatted(program, until);
    }

    static String returnedSubject(Lang lang, String program) {
        return lang == Lang.EN ? "Please correct your application · " + program : "请补正您的申报材料 · " + program;
    }

    static String returnedBody(Lang lang, String reference, String message, String until) {
        return lang == Lang.EN ? """
                Your application %s has been returned for correction:

                %s

                Please correct it and submit it again before %s (China Standard Time).
                """.formatted(reference, message, until)
                : """
                您的申报 %s 需要补正：

                %s

                请在 %s（北京时间）前修改并重新提交。
                """.formatted(reference, message, until);
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
