package app.shortlist.application;

import java.util.Locale;
import java.util.Map;

/**
 * The filters every list of applications offers — track, support direction, recommending unit,
 * country/region, keyword (project, organisation, or an exact reference) — as JPQL clauses on
 * the alias {@code a}. One place for the staff list and the screening queue.
 */
public record ApplicationFilter(Long trackId, Long directionId, Long unitId, String country, String keyword) {

    /** Appends {@code and …} clauses for the filters that are set, and their parameters. */
    public void appendTo(StringBuilder where, Map<String, Object> params) {
        if (trackId != null) {
            where.append(" and a.track.id = :track");
            params.put("track", trackId);
        }
        if (directionId != null) {
            where.append(" and a.direction.id = :direction");
            params.put("direction", directionId);
        }
        if (unitId != null) {
            where.append(" and a.unit.id = :unit");
            params.put("unit", unitId);
        }
        if (country != null && !country.isBlank()) {
            where.append(" and a.countryRegion = :country");
            params.put("country", country.strip().toUpperCase(Locale.ROOT));
        }
        if (keyword != null && !keyword.isBlank()) {
            where.append(" and (lower(a.projectName) like :kw escape '\\' or lower(a.organisation) like :kw escape '\\'"
                    + " or a.reference = :ref)");
            params.put("kw", "%" + escapeLike(keyword.strip().toLowerCase(Locale.ROOT)) + "%");
            params.put("ref", keyword.strip().toUpperCase(Locale.ROOT));
        }
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
