package app.shortlist.statistics;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as inline SVG: horizontal bars and a funnel. Pure Java, no script, font or
 * stylesheet of their own: colours and sizes are SVG presentation attributes (the CSP's {@code style-src 'self'}
 * refuses {@code style=} attributes), text takes the page's font. Each chart is an image with a name
 * ({@code role="img"}, {@code aria-label}, {@code <title>}); the page puts the same numbers in a table after it.
 */
public final class SvgCharts {

    /** The drawing's own width; the SVG scales to its container through the viewBox. */
    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 190;
    static final int VALUE_WIDTH = 120;
    static final int PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    static final int ROW = 28;
    static final int BAR = 18;
    static final int PAD = 6;
    static final int FONT = 13;

    static final String BAR_FILL = "#0b5cad";
    static final String WHOLE_FILL = "#a9c8e8";
    static final String TEXT_FILL = "#1f2933";

    /**
     * One bar: its {@code value}, optionally a {@code part} of it drawn darker (passed of entered, submitted of
     * due; NaN for none), and the text shown after it.
     */
    public record Bar(String label, double value, double part, String text) {
        public Bar {
            if (value < 0 || part < 0 || part > value) {
                throw new IllegalArgumentException("bar " + label + ": value " + value + ", part " + part);
            }
        }

        public static Bar of(String label, double value, String text) {
            return new Bar(label, value, Double.NaN, text);
        }

        public static Bar split(String label, double value, double part, String text) {
            return new Bar(label, value, part, text);
        }

        boolean hasPart() {
            return !Double.isNaN(part);
        }
    }

    private SvgCharts() {
    }

    /** Bars from the left edge of the plot, each as long as its value against the largest. */
    public static String horizontalBars(String id, String title, List<Bar> bars) {
        return chart(id, title, bars, false);
    }

    /** A funnel: the bars centred, so the narrowing from step to step reads as one shape. */
    public static String funnel(String id, String title, List<Bar> steps) {
        return chart(id, title, steps, true);
    }

    private static String chart(String id, String title, List<Bar> bars, boolean centred) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = PAD * 2 + Math.max(1, bars.size()) * ROW;
        StringBuilder svg = new StringBuilder(256 + bars.size() * 320);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" focusable=\"false\"")
                .append(" id=\"").append(escape(id)).append("\" aria-label=\"").append(escape(title))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" preserveAspectRatio=\"xMinYMin meet\"")
                .append(" font-size=\"").append(FONT).append("\" fill=\"").append(TEXT_FILL).append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = PAD + i * ROW + (ROW - BAR) / 2;
            double whole = length(b.value(), max);
            double x = LABEL_WIDTH + (centred ? (PLOT_WIDTH - whole) / 2 : 0);
            svg.append("<g class=\"chart-row\"><title>").append(escape(b.label())).append(": ")
                    .append(escape(b.text())).append("</title>");
            svg.append("<text class=\"chart-label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"")
                    .append(y + BAR / 2).append("\" text-anchor=\"end\" dominant-baseline=\"central\">")
                    .append(escape(fit(b.label(), LABEL_WIDTH - 12))).append("</text>");
            rect(svg, b.hasPart() ? "chart-whole" : "chart-bar", x, y, whole, b.hasPart() ? WHOLE_FILL : BAR_FILL);
            if (b.hasPart()) {
                double part = length(b.part(), max);
                rect(svg, "chart-bar", centred ? LABEL_WIDTH + (PLOT_WIDTH - part) / 2 : x, y, part, BAR_FILL);
            }
            double textX = centred ? LABEL_WIDTH + PLOT_WIDTH + 8 : x + whole + 6;
            svg.append("<text class=\"chart-value\" x=\"").append(number(textX)).append("\" y=\"").append(y + BAR / 2)
                    .append("\" dominant-baseline=\"central\">").append(escape(b.text())).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    private static void rect(StringBuilder svg, String cssClass, double x, int y, double width, String fill) {
        svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(number(x)).append("\" y=\"").append(y)
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(BAR).append("\" fill=\"")
                .append(fill).append("\"/>");
    }

    /** The bar's length in the plot; 0 when nothing is counted yet. */
    static double length(double value, double max) {
        return max <= 0 ? 0 : value / max * PLOT_WIDTH;
    }

    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * The label shortened with an ellipsis to about {@code width} pixels at the chart's font size (a Chinese
     * character counts a full em, others a little over half); the full label is in the row's title and the table.
     */
    static String fit(String label, int width) {
        if (label == null) {
            return "";
        }
        double used = 0;
        int[] cps = label.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            used += advance(cps[i]);
            if (used > width) {
                double room = width - advance('…');
                double w = 0;
                int keep = 0;
                while (keep < cps.length && w + advance(cps[keep]) <= room) {
                    w += advance(cps[keep++]);
                }
                return new String(cps, 0, keep).stripTrailing() + "…";
            }
        }
        return label;
    }

    private static double advance(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        boolean wide = Character.isIdeographic(cp) || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION;
        return wide ? FONT : FONT * 0.6;
    }

    /** Text and attribute values for XML: the five special characters, and nothing a parser could misread. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
