package app.shortlist.demo;

import java.util.Arrays;
import java.util.Optional;

import app.shortlist.i18n.LocalizedText;

/** The demo data sets: the two reference programs and the synthetic set. */
public enum DemoKind {
    HANGZHOU("hangzhou", "杭州大赛（2024）演示数据", "Hangzhou contest 2024 demo data"),
    JIANGXI("jiangxi", "江西专项（2024 第三批）演示数据", "Jiangxi fund 2024 (third batch) demo data"),
    SYNTHETIC("synthetic", "性能测试合成数据", "Synthetic performance data");

    public static final int MAX_COUNT = 200_000;
    public static final int DEFAULT_COUNT = 100_000;

    private final String slug;
    private final LocalizedText label;

    DemoKind(String slug, String zh, String en) {
        this.slug = slug;
        this.label = new LocalizedText(zh, en);
    }

    /** As in the URL: hangzhou, jiangxi, synthetic. */
    public String slug() {
        return slug;
    }

    /** The job kind: demo-hangzhou … */
    public String jobKind() {
        return "demo-" + slug;
    }

    public LocalizedText label() {
        return label;
    }

    /** Held while the data set exists or is being made; the synthetic set once per size. */
    String exclusiveKey(int count) {
        return this == SYNTHETIC ? jobKind() + "-" + count : jobKind();
    }

    public static Optional<DemoKind> of(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    public static Optional<DemoKind> ofJob(String jobKind) {
        return Arrays.stream(values()).filter(k -> k.jobKind().equals(jobKind)).findFirst();
    }
}
