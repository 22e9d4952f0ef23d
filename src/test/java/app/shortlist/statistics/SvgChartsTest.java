package app.shortlist.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Plain JUnit: the charts are well-formed SVG, escape what they are given, draw to scale and say what they show. */
class SvgChartsTest {

    static final String NASTY = "<script>alert(\"x\")</script> & 'y'";

    @Test
    void labelsTitlesAndValuesAreEscapedAndTheResultIsWellFormed() throws Exception {
        String svg = SvgCharts.horizontalBars("c\"1", "Title " + NASTY,
                List.of(SvgCharts.Bar.of(NASTY, 3, "3 <b>"), SvgCharts.Bar.of("普通", 1, "1")));
        assertFalse(svg.contains("<script"), svg);
        assertFalse(svg.contains("<b>"), svg);
        assertTrue(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"), svg);
        Element root = parse(svg);
        assertEquals("Title " + NASTY, root.getAttribute("aria-label"));
        assertEquals("c\"1", root.getAttribute("id"));
        assertEquals("Title " + NASTY, first(root, "title").getTextContent());
        assertEquals(NASTY + ": 3 <b>", ((Element) root.getElementsByTagName("g").item(0)).getElementsByTagName("title")
                .item(0).getTextContent());
    }

    @Test
    void controlCharactersThatXmlCannotCarryBecomeSpaces() throws Exception {
        Element root = parse(SvgCharts.horizontalBars("c", "a\u0001b", List.of(SvgCharts.Bar.of("x\u0000y", 1, "1"))));
        assertEquals("a b", root.getAttribute("aria-label"));
    }

    @Test
    void everyChartIsANamedImageWithoutStyleScriptOrOutsideResource() throws Exception {
        for (String svg : List.of(SvgCharts.horizontalBars("h", "Bars", List.of(SvgCharts.Bar.of("a", 1, "1"))),
                SvgCharts.funnel("f", "Funnel", List.of(SvgCharts.Bar.of("a", 2, "2"), SvgCharts.Bar.split("b", 2, 1, "2, 1"))))) {
            Element root = parse(svg);
            assertEquals("svg", root.getTagName());
            assertEquals("http://www.w3.org/2000/svg", root.getAttribute("xmlns"));
            assertEquals("img", root.getAttribute("role"));
            assertFalse(root.getAttribute("aria-label").isBlank());
            assertEquals(root.getAttribute("aria-label"), first(root, "title").getTextContent());
            assertEquals("title", firstElementChild(root).getTagName(), "the title comes first");
            assertTrue(root.getAttribute("viewBox").startsWith("0 0 640 "), root.getAttribute("viewBox"));
            for (String forbidden : List.of("style", "<script", "href", "url(", "@import", "font-family", "<foreignObject")) {
                assertFalse(svg.contains(forbidden), forbidden + " in " + svg);
            }
        }
    }

    @Test
    void barsAreAsLongAsTheirValueAgainstTheLargest() throws Exception {
        Element root = parse(SvgCharts.horizontalBars("h", "t", List.of(SvgCharts.Bar.of("a", 200, "200"),
                SvgCharts.Bar.of("b", 50, "50"), SvgCharts.Bar.of("c", 0, "0"))));
        List<Element> rects = rects(root);
        assertEquals(3, rects.size());
        assertEquals(SvgCharts.PLOT_WIDTH, width(rects.get(0)), 0.01);
        assertEquals(SvgCharts.PLOT_WIDTH / 4.0, width(rects.get(1)), 0.01);
        assertEquals(0, width(rects.get(2)), 0.01);
        for (Element r : rects) {
            assertEquals(SvgCharts.LABEL_WIDTH, Double.parseDouble(r.getAttribute("x")), 0.01, "bars start at the plot's edge");
        }
        assertTrue(Double.parseDouble(rects.get(1).getAttribute("y")) > Double.parseDouble(rects.get(0).getAttribute("y")),
                "rows go down in the given order");
        assertEquals(String.valueOf(6 * 2 + 3 * SvgCharts.ROW), root.getAttribute("height"));
    }

    @Test
    void theFunnelCentresEachStepAndDrawsThePassedPartInside() throws Exception {
        Element root = parse(SvgCharts.funnel("f", "t", List.of(SvgCharts.Bar.of("Submitted", 1949, "1,949"),
                SvgCharts.Bar.split("Screening", 1949, 1350, "1,949, 1,350 passed"),
                SvgCharts.Bar.split("Final", 15, 4, "15, 4 passed"))));
        List<Element> rects = rects(root);
        assertEquals(5, rects.size(), "one bar for submitted, a whole and a part for each round");
        double plot = SvgCharts.PLOT_WIDTH;
        double centre = SvgCharts.LABEL_WIDTH + plot / 2;
        for (Element r : rects) {
            assertEquals(centre, Double.parseDouble(r.getAttribute("x")) + width(r) / 2, 0.02, "centred");
        }
        assertEquals(plot, width(rects.get(0)), 0.01);
        assertEquals(plot * 1350 / 1949, width(rects.get(2)), 0.01);
        assertEquals(plot * 15 / 1949, width(rects.get(3)), 0.01);
        assertEquals(plot * 4 / 1949, width(rects.get(4)), 0.01);
        assertEquals("chart-whole", rects.get(1).getAttribute("class"));
        assertEquals("chart-bar", rects.get(2).getAttribute("class"));
        assertTrue(root.getTextContent().contains("1,949, 1,350 passed"));
    }

    @Test
    void nothingCountedYetDrawsEmptyBarsNotAnError() throws Exception {
        Element root = parse(SvgCharts.funnel("f", "t", List.of(SvgCharts.Bar.of("a", 0, "0"))));
        assertEquals(0, width(rects(root).get(0)), 0.0);
        assertTrue(parse(SvgCharts.horizontalBars("e", "empty", List.of())).getAttribute("height").length() > 0);
    }

    @Test
    void aPartLargerThanItsWholeOrANegativeValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SvgCharts.Bar.split("a", 3, 4, "x"));
        assertThrows(IllegalArgumentException.class, () -> SvgCharts.Bar.of("a", -1, "x"));
    }

    @Test
    void longLabelsAreShortenedToTheLabelColumnWithAnEllipsis() {
        String en = "Nanchang Economic and Technological Development Zone";
        String shortened = SvgCharts.fit(en, SvgCharts.LABEL_WIDTH - 12);
        assertTrue(shortened.endsWith("…") && shortened.length() < en.length(), shortened);
        assertTrue(en.startsWith(shortened.substring(0, shortened.length() - 1)));
        assertEquals("南昌高新区", SvgCharts.fit("南昌高新区", SvgCharts.LABEL_WIDTH - 12));
        String zh = "产业链龙头骨干企业提档进阶产业链龙头骨干企业提档进阶";
        assertTrue(SvgCharts.fit(zh, SvgCharts.LABEL_WIDTH - 12).codePointCount(0, 14) <= 14);
        assertEquals("", SvgCharts.fit(null, 100));
    }

    @Test
    void sharesAndCompetitionRanks() {
        assertEquals("55.9", Shares.percent(33, 59).toPlainString());
        assertEquals("100.0", Shares.percent(4, 4).toPlainString());
        assertEquals(null, Shares.percent(0, 0));
        assertEquals(List.of(1, 2, 2, 4, 5), toList(Shares.ranks(List.of(33L, 9L, 9L, 7L, 0L))));
        assertEquals(List.of(3, 1, 1), toList(Shares.ranks(List.of(1L, 5L, 5L))));
    }

    private static List<Integer> toList(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (int i : a) {
            out.add(i);
        }
        return out;
    }

    static Element parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        return d.getDocumentElement();
    }

    private static Element first(Element root, String tag) {
        return (Element) root.getElementsByTagName(tag).item(0);
    }

    private static Element firstElementChild(Element root) {
        for (var n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("no child");
    }

    private static List<Element> rects(Element root) {
        NodeList list = root.getElementsByTagName("rect");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static double width(Element rect) {
        return Double.parseDouble(rect.getAttribute("width"));
    }
}
