package app.shortlist.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Parses an Accept-Language header into locales, most preferred first (RFC 9110 §12.5.4). */
final class AcceptLanguage {

    private AcceptLanguage() {
    }

    static List<Locale> parse(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        record Ranged(Locale locale, double q, int position) {
        }
        List<Ranged> ranges = new ArrayList<>();
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length && i < 20; i++) {
            String[] fields = parts[i].trim().split(";");
            String tag = fields[0].trim();
            if (tag.isEmpty() || tag.equals("*")) {
                continue;
            }
            double q = 1.0;
            for (int f = 1; f < fields.length; f++) {
                String field = fields[f].trim();
                if (field.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(field.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                ranges.add(new Ranged(Locale.forLanguageTag(tag), q, i));
            }
        }
        return ranges.stream()
                .sorted(Comparator.comparingDouble(Ranged::q).reversed().thenComparingInt(Ranged::position))
                .map(Ranged::locale)
                .toList();
    }
}
