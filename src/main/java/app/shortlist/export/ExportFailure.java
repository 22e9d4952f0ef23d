package app.shortlist.export;

import app.shortlist.web.Failure;
import app.shortlist.web.FailureText;

/** Refusals of an export. */
public enum ExportFailure implements Failure {
    FORMAT(400, "export_format", "无法导出为“{0}”：格式只能是 xlsx、csv 或 pdf。",
            "Cannot export as \"{0}\": the format must be xlsx, csv or pdf."),
    PDF_FONT_MISSING(503, "pdf_font_missing",
            "服务器缺少生成 PDF 所需的中文字体（{0}），暂时无法导出 PDF。请联系管理员安装 fonts-noto-cjk，或设置 shortlist.pdf.cjk-font；XLSX 和 CSV 导出不受影响。",
            "The server lacks the Chinese font needed for PDF ({0}), so PDF export is unavailable. Ask the administrator to install fonts-noto-cjk or set shortlist.pdf.cjk-font; XLSX and CSV exports still work.");

    private final FailureText text;

    ExportFailure(int status, String code, String zh, String en) {
        this.text = new FailureText(status, code, zh, en);
    }

    @Override
    public FailureText text() {
        return text;
    }
}
