package app.shortlist.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import app.shortlist.application.Application;
import app.shortlist.application.ApplicationForm;
import app.shortlist.application.ApplicationStatus;
import app.shortlist.program.FormField;
import app.shortlist.program.Program;
import app.shortlist.web.ListTotals;

/**
 * Loads what {@link ScreeningFlags} needs for a page of applications in a fixed number of queries
 * (the form, the applications, their files, the possible duplicates), whatever the page size.
 */
@ApplicationScoped
public class ScreeningChecks {

    /** Others a duplicate flag names in a list of entries (the queue, its API), and on one entry's page. */
    public static final int NAMED_IN_LIST = 3;
    public static final int NAMED_ON_ENTRY = 20;

    /** Never a key (keys have no spaces); stands in for an empty IN list. */
    private static final String NO_KEY = " ";

    @Inject
    ApplicationForm form;

    @Inject
    ListTotals totals;

    /** Flags of the applications, a duplicate flag naming at most {@code named} others. */
    public Map<Long, List<ScreeningFlags.Flag>> flags(Program program, Collection<Long> applicationIds, int named) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        var rules = form.rules(program, FormField.forProgram(program.id));
        List<Application> apps = Application.list("id in ?1", applicationIds);
        Map<Long, Set<String>> files = new HashMap<>();
        Application.getEntityManager()
                .createQuery("select t.application.id, t.fieldKey from Attachment t where t.application.id in :ids",
                        Object[].class)
                .setParameter("ids", applicationIds).getResultList()
                .forEach(r -> files.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]));
        List<ScreeningFlags.Subject> subjects = apps.stream()
                .map(a -> new ScreeningFlags.Subject(a.id, a.organisation, a.uscc, form.values(a),
                        files.getOrDefault(a.id, Set.of()), LISTED.contains(a.status)))
                .toList();
        return ScreeningFlags.of(rules, subjects, sameAs(program.id, apps, named + 1), named);
    }

    private static final Set<ApplicationStatus> LISTED = Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED);

    /** A duplicate group as kept in {@link ListTotals}: the program, 'O'rganisation or 'U'scc, the key, how many named. */
    record GroupKey(long programId, char kind, String key, int first) {
    }

    private static final ScreeningFlags.Group NONE = new ScreeningFlags.Group(0, List.of());

    /**
     * The program's submitted applications that share the organisation or credit-code key of one of
     * {@code apps}: per key, how many there are and the first {@code first} by reference. Index lookups
     * on the stored keys (V11); only the first few of each key leave the database (a common name is
     * shared by hundreds at 100,000 applications), and the groups are kept between requests
     * (ListTotals: they read every application of the key), so a page reads only keys not seen since
     * the last change of the applications.
     */
    private ScreeningFlags.Same sameAs(long programId, List<Application> apps, int first) {
        Set<GroupKey> keys = new HashSet<>();
        apps.forEach(a -> {
            String o = ScreeningFlags.key(a.organisation);
            String u = ScreeningFlags.key(a.uscc);
            if (o != null) {
                keys.add(new GroupKey(programId, 'O', o, first));
            }
            if (u != null) {
                keys.add(new GroupKey(programId, 'U', u, first));
            }
        });
        Map<GroupKey, ScreeningFlags.Group> groups = totals.getAll(keys, APPLICATIONS,
                missing -> read(programId, missing, first), NONE);
        Map<String, ScreeningFlags.Group> byOrganisation = new HashMap<>();
        Map<String, ScreeningFlags.Group> byUscc = new HashMap<>();
        groups.forEach((k, g) -> {
            if (g.size() > 0) {
                (k.kind() == 'O' ? byOrganisation : byUscc).put(k.key(), g);
            }
        });
        return new ScreeningFlags.Same(byOrganisation, byUscc);
    }

    private static final Set<String> APPLICATIONS = Set.of("application");

    @SuppressWarnings("unchecked")
    private static Map<GroupKey, ScreeningFlags.Group> read(long programId, Set<GroupKey> missing, int first) {
        Set<String> organisations = keys(missing, 'O');
        Set<String> usccs = keys(missing, 'U');
        List<Object[]> rows = Application.getEntityManager().createNativeQuery(
                group("O", "organisation_key", ":organisations") + " UNION ALL " + group("U", "uscc_key", ":usccs"))
                .setParameter("program", programId).setParameter("first", first)
                .setParameter("organisations", organisations).setParameter("usccs", usccs)
                .getResultList();
        Map<GroupKey, ScreeningFlags.Group> groups = new HashMap<>();
        for (Object[] r : rows) {
            boolean organisation = "O".equals(String.valueOf(r[0]));
            var other = new ScreeningFlags.Other(((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6]);
            long size = ((Number) r[2]).longValue();
            // Keyed as the subjects are looked up (MatchKey in Java), like the stored key it equals.
            GroupKey key = new GroupKey(programId, organisation ? 'O' : 'U',
                    ScreeningFlags.key(organisation ? other.organisation() : other.uscc()), first);
            groups.computeIfAbsent(key, k -> new ScreeningFlags.Group(size, new ArrayList<>())).first().add(other);
        }
        return groups;
    }

    private static Set<String> keys(Set<GroupKey> keys, char kind) {
        Set<String> of = new HashSet<>();
        keys.stream().filter(k -> k.kind() == kind).forEach(k -> of.add(k.key()));
        if (of.isEmpty()) {
            of.add(NO_KEY);
        }
        return of;
    }

    /** Per key of {@code keyColumn} in {@code keys}: its size and its first rows by reference. */
    private static String group(String kind, String keyColumn, String keys) {
        return "SELECT '" + kind + "' AS kind, g.k, g.n, g.id, g.reference, g.organisation, g.uscc FROM ("
                + "SELECT a." + keyColumn + " AS k, a.id, a.reference, a.organisation, a.uscc,"
                + " ROW_NUMBER() OVER (PARTITION BY a." + keyColumn + " ORDER BY a.reference, a.id) AS rn,"
                + " COUNT(*) OVER (PARTITION BY a." + keyColumn + ") AS n"
                + " FROM application a WHERE a.program_id = :program AND a.status IN ('SUBMITTED', 'RETURNED')"
                + " AND a." + keyColumn + " IN (" + keys + ")) g WHERE g.rn <= :first";
    }

}
