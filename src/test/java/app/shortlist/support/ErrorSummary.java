package app.shortlist.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a refused form must show (layout/error_summary and layout/error_link), checked on the HTML:
 * one alert, first in the main content and focused on load, whose links each lead to an element
 * that exists, is marked invalid and is described by a message that the link repeats.
 */
public final class ErrorSummary {

    private static final Pattern SUMMARY = Pattern.compile(
            "<div class=\"alert error-summary\" role=\"alert\" tabindex=\"-1\" autofocus data-testid=\"([^\"]+)\">"
                    + "(.*?)<ul class=\"error-links\">(.*?)</ul></div>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<li><a href=\"#([^\"]+)\">([^<]*)</a></li>");

    private ErrorSummary() {
    }

    /**
     * Asserts the page's summary carries {@code testid} and links, in this order, to exactly
     * {@code fieldIds}; returns each link's text by field id.
     */
    public static Map<String, String> check(String html, String testid, String... fieldIds) {
        Matcher summary = SUMMARY.matcher(html);
        assertTrue(summary.find(), "no error summary in the page");
        int at = summary.start();
        assertTrue(html.substring(0, at).matches("(?s).*<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\\s*"),
                "the error summary is not the first thing in <main>");
        assertEquals(testid, summary.group(1));
        assertTrue(!summary.group(2).isBlank(), "the summary says what happened");
        assertTrue(!summary.find(), "one error summary per page");

        Map<String, String> links = new LinkedHashMap<>();
        Matcher link = LINK.matcher(SUMMARY.matcher(html).results().findFirst().orElseThrow().group(3));
        while (link.find()) {
            links.put(link.group(1), link.group(2));
        }
        assertEquals(List.of(fieldIds), new ArrayList<>(links.keySet()), "the summary's links");
        links.forEach((id, text) -> {
            String field = startTag(html, id);
            assertTrue(field.contains(" aria-invalid=\"true\""), "#" + id + " is not marked invalid: " + field);
            Matcher described = Pattern.compile(" aria-describedby=\"([^\"]+)\"").matcher(field);
            assertTrue(described.find(), "#" + id + " names no message: " + field);
            String[] ids = described.group(1).trim().split("\\s+");
            String message = text(html, ids[ids.length - 1]);
            assertTrue(!message.isBlank() && text.endsWith(message),
                    "the link to #" + id + " (" + text + ") does not repeat its message (" + message + ")");
        });
        return links;
    }

    /** The start tag of the element with this id; fails when there is none or more than one. */
    private static String startTag(String html, String id) {
        Matcher m = Pattern.compile("<[a-z0-9]+\\s[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertTrue(m.find(), "the summary links to #" + id + ", which is not in the page");
        String tag = m.group();
        assertTrue(!m.find(), "two elements have id " + id);
        return tag;
    }

    private static String text(String html, String id) {
        Matcher m = Pattern.compile("\\bid=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        assertTrue(m.find(), "no element #" + id + " for the message");
        return m.group(1).trim();
    }
}
