package app.shortlist.web;


/** Refusals any feature may raise. */
public enum CommonFailure implements Failure {
    NOT_FOUND(404, "not_found", "您要的内容不存在，或您无权查看。", "What you asked for does not exist, or it is not visible to you."),
    STALE(409, "stale", "其他人（或您在另一个窗口中）已修改了此内容。请重新打开页面查看最新内容后再保存，您的修改尚未保存。",
            "Someone else (or you, in another tab) changed this in the meantime. Nothing was saved: reload the page to see the latest version, then make your change again."),
    INVALID_INPUT(400, "invalid_input", "输入的内容无法识别：{0}", "The input could not be understood: {0}"),
    UNAVAILABLE(503, "unavailable", "系统暂时繁忙或无法访问数据库，本次操作未完成，也未保存任何内容。请稍等片刻后重试。",
            "The system is busy or cannot reach its database just now. Nothing was done or saved: please try again in a moment.");

    private final FailureText text;

    CommonFailure(int status, String code, String zh, String en) {
        this.text = new FailureText(status, code, zh, en);
    }

    @Override
    public FailureText text() {
        return text;
    }
}
