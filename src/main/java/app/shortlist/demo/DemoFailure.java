package app.shortlist.demo;

import app.shortlist.web.Failure;
import app.shortlist.web.FailureText;

/** Why demo data was not generated, in both languages. */
public enum DemoFailure implements Failure {
    ALREADY_GENERATED(409, "already_generated", "{0}已生成过：项目 {1}（任务 #{2}）。再次生成会使数据重复，因此不再执行。",
            "{0} has already been generated: program {1} (job #{2}). Generating it again would duplicate the data, so it is not run again."),
    ALREADY_RUNNING(409, "already_running", "{0}正在生成（任务 #{1}），请等待其完成。",
            "{0} is being generated right now (job #{1}); wait for it to finish."),
    COUNT_INVALID(422, "validation_failed", "数量须为 1 至 200,000 之间的整数。",
            "The number must be a whole number from 1 to 200,000."),
    UNKNOWN_KIND(404, "not_found", "没有名为“{0}”的演示数据，可选 hangzhou、jiangxi 或 synthetic。",
            "There is no demo data set named “{0}”; choose hangzhou, jiangxi or synthetic.");

    private final FailureText text;

    DemoFailure(int status, String code, String zh, String en) {
        this.text = new FailureText(status, code, zh, en);
    }

    @Override
    public FailureText text() {
        return text;
    }
}
