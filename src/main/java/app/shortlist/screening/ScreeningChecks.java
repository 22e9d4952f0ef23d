package app.shortlist.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import app.shortlist.application.Application;
import app.shortlist.application.ApplicationForm;
import app.shortlist.program.FormField;
import app.shortlist.program.Program;

/**
 * Loads what {@link ScreeningFlags} needs for a page of applications in a fixed number of queries
 * (the form, the applications, their files, the possible duplicates), whatever the page size.
 */
@ApplicationScoped
public class ScreeningChecks {

    /** Never a key (keys have no spaces); stands in for an empty IN list. */
    private static final String NO_KEY = " ";

    @Inject
    ApplicationForm form;

    public Map<Long, List<ScreeningFlags.Flag>> flags(Program program, Collection<Long> applicationIds) {
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
                        files.getOrDefault(a.id, Set.of())))
                .toList();
        return ScreeningFlags.of(rules, subjects, sameAs(program.id, apps));
    }

    /**
     * The program's submitted applications whose organisation or credit code has the key of one of
     * {@code apps}: two index lookups on the stored keys (V11), whatever the program's size.
     */
    @SuppressWarnings("unchecked")
    private static List<ScreeningFlags.Other> sameAs(long programId, List<Application> apps) {
        Set<String> organisations = keys(apps.stream().map(a -> a.organisation).toList());
        Set<String> usccs = keys(apps.stream().map(a -> a.uscc).toList());
        String select = "SELECT a.id, a.reference, a.organisation, a.uscc FROM application a WHERE a.program_id = :program"
                + " AND a.status IN ('SUBMITTED', 'RETURNED') AND ";
        List<Object[]> rows = Application.getEntityManager().createNativeQuery(
                select + "a.organisation_key IN (:organisations) UNION " + select + "a.uscc_key IN (:usccs)")
                .setParameter("program", programId)
                .setParameter("organisations", organisations).setParameter("usccs", usccs)
                .getResultList();
        List<ScreeningFlags.Other> others = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            others.add(new ScreeningFlags.Other(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    (String) r[3]));
        }
        return others;
    }

    private static Set<String> keys(List<String> values) {
        Set<String> keys = new HashSet<>();
        values.stream().map(ScreeningFlags::key).filter(Objects::nonNull).forEach(keys::add);
        if (keys.isEmpty()) {
            keys.add(NO_KEY);
        }
        return keys;
    }
}
