package app.shortlist.web;


/** Refusals any feature may raise. */
public enum CommonFailure implements Failure {
    NOT_FOUND(404, "not_found", "您要的内容不存在，或您无权查看。", "What you asked for does not exist, or it is not visible to you."),
    STALE(409, "stale", "其他人（或您在另一个窗口中）已修改了此内容。请重新打开页面查看最新内容后再保存，您的修改尚未保存。",
            "Someone else (or you, in another tab) changed this in the meantime. Nothing was saved: reload the page to see the latest version, then make your change again."),
    INVALID_INPUT(400, "invalid_input", "输入的内容无法识别：{0}", "The input could not be understood: {0}"),
    /** Bytes that are not UTF-8 in a form or JSON body: no one typed them, and storing U+FFFD would hide the loss. */
    INVALID_TEXT(400, "invalid_text", "提交的文字不是有效的 UTF-8 编码，未作任何保存。请检查浏览器或客户端的字符编码后重试。",
            "The text sent is not valid UTF-8; nothing was saved. Check the character encoding of your browser or client and try again."),
    /** A form body that ends before its last part (cut off in transit, or a client that writes multipart wrong). */
    BODY_UNREADABLE(400, "body_unreadable", "提交的表单内容不完整或格式有误（可能在传输中被中断），未作任何保存。请重新提交。",
            "The form sent was incomplete or malformed (perhaps cut off on the way); nothing was saved. Please send it again."),
    /** The database refused a value no field rule caught (longer than its column, a number out of its range). */
    VALUE_OUT_OF_RANGE(422, "value_out_of_range", "有一项内容过长或数值超出范围，未作任何保存。请缩短或更正后再试。",
            "A value is too long or a number is out of range; nothing was saved. Shorten or correct it and try again."),
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
