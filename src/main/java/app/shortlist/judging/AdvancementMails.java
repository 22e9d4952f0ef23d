package app.shortlist.judging;

import app.shortlist.i18n.Lang;

/** The mails an applicant receives when a round's advancement is confirmed, in their language. */
final class AdvancementMails {

    private AdvancementMails() {
    }

    static String subject(Lang lang, boolean advanced, String program, String round) {
        if (advanced) {
            return lang == Lang.EN ? "You go on: " + round + " · " + program : "恭喜晋级：" + round + " · " + program;
        }
        return lang == Lang.EN ? "Result of " + round + " · " + program : round + "结果 · " + program;
    }

    /** {@code next} is the round the project goes on to, or null after the last round. */
    static String body(Lang lang, boolean advanced, String program, String round, String next, String project,
            String reference) {
        String p = project == null ? "—" : project;
        String ref = reference == null ? "—" : reference;
        if (advanced && next != null) {
            return lang == Lang.EN
                    ? "Your project \"%s\" (%s) in %s has passed %s and goes on to %s. We will write again with the details.\n"
                            .formatted(p, ref, program, round, next)
                    : "您在「%s」的项目「%s」（%s）已通过「%s」，晋级「%s」。后续安排将另行通知。\n"
                            .formatted(program, p, ref, round, next);
        }
        if (advanced) {
            return lang == Lang.EN
                    ? "Your project \"%s\" (%s) has been selected in %s of %s.\n".formatted(p, ref, round, program)
                    : "您在「%s」的项目「%s」（%s）已在「%s」中入选。\n".formatted(program, p, ref, round);
        }
        return lang == Lang.EN
                ? "Your project \"%s\" (%s) in %s did not go on beyond %s. Thank you for taking part.\n"
                        .formatted(p, ref, program, round)
                : "很遗憾，您在「%s」的项目「%s」（%s）未能通过「%s」。感谢您的参与。\n".formatted(program, p, ref, round);
    }
}
