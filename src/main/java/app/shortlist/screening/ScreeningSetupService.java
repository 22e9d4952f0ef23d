package app.shortlist.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.shortlist.audit.AuditTrail;
import app.shortlist.i18n.LocalizedText;
import app.shortlist.program.Program;
import app.shortlist.program.ProgramPart;
import app.shortlist.web.DomainException;

/**
 * The admin's lists of a program: the eligibility checklist and the reject reasons, edited as
 * text, one item a line, {@code 中文 | English}. A line that keeps an item's Chinese or English
 * wording keeps the item (so decisions that name it still do); the others are added or removed.
 */
@ApplicationScoped
public class ScreeningSetupService {

    public static final int MAX_LINES = 100;
    private static final int MAX_NAME = 255;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<ChecklistItem> saveChecklist(long programId, String text) {
        Program program = Program.require(programId);
        List<ChecklistItem> existing = ChecklistItem.list("program.id = ?1 order by position, id", programId);
        String before = asText(existing);
        List<ChecklistItem> saved = save(program, existing, parse(text), ChecklistItem::new, gone -> {
        });
        audit.record("CHECKLIST_SAVED", "program", programId, programId, before, asText(saved), null);
        return saved;
    }

    @Transactional
    public List<RejectReason> saveReasons(long programId, String text) {
        Program program = Program.require(programId);
        List<RejectReason> existing = RejectReason.list("program.id = ?1 order by position, id", programId);
        String before = asText(existing);
        List<RejectReason> saved = save(program, existing, parse(text), RejectReason::new, gone -> {
            long used = app.shortlist.pipeline.RoundEntry.count("reasonId", gone.id);
            if (used > 0) {
                throw new DomainException(ScreeningFailure.REASON_IN_USE, gone.name);
            }
        });
        audit.record("REJECT_REASONS_SAVED", "program", programId, programId, before, asText(saved), null);
        return saved;
    }

    /** The list as the editor shows it. */
    public static String asText(List<? extends ProgramPart> parts) {
        return parts.stream().map(p -> p.name.zh + " | " + p.name.en).collect(Collectors.joining("\n"));
    }

    /** One item per non-blank line; a line without " | " is refused, naming its number. */
    static List<LocalizedText> parse(String text) {
        List<LocalizedText> items = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int bar = line.indexOf('|');
            String zh = bar < 0 ? "" : line.substring(0, bar).strip();
            String en = bar < 0 ? "" : line.substring(bar + 1).strip();
            if (zh.isEmpty() || en.isEmpty() || en.contains("|") || zh.length() > MAX_NAME || en.length() > MAX_NAME) {
                throw new DomainException(ScreeningFailure.LIST_INVALID, i + 1);
            }
            items.add(new LocalizedText(zh, en));
        }
        if (items.size() > MAX_LINES) {
            throw new DomainException(ScreeningFailure.LIST_TOO_LONG, MAX_LINES);
        }
        return items;
    }

    private static <T extends ProgramPart> List<T> save(Program program, List<T> existing, List<LocalizedText> wanted,
            Supplier<T> create, java.util.function.Consumer<T> beforeRemoval) {
        Map<String, T> byZh = new HashMap<>();
        Map<String, T> byEn = new HashMap<>();
        existing.forEach(p -> {
            byZh.putIfAbsent(p.name.zh, p);
            byEn.putIfAbsent(p.name.en, p);
        });
        List<T> kept = new ArrayList<>();
        for (LocalizedText name : wanted) {
            T part = byZh.containsKey(name.zh) && !kept.contains(byZh.get(name.zh)) ? byZh.get(name.zh)
                    : byEn.containsKey(name.en) && !kept.contains(byEn.get(name.en)) ? byEn.get(name.en) : null;
            if (part == null) {
                part = create.get();
                part.program = program;
            }
            part.name = name;
            kept.add(part);
        }
        for (T p : existing) {
            if (!kept.contains(p)) {
                beforeRemoval.accept(p);
                p.delete();
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            kept.get(i).position = i;
            if (kept.get(i).id == null) {
                kept.get(i).persist();
            }
        }
        return kept;
    }
}
