import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of the scale-out checks (JDK only; the JDBC driver on the class path
 * for "verify"). Run with the source launcher: java RushClient.java MODE key=value...
 *
 * run    — users × per applications through the JSON API, each: create (Idempotency-Key),
 *          save, upload a PDF, submit (Idempotency-Key). Every step is retried on a lost
 *          answer (connection refused or reset, timeout, 502/503/504) until give-up, the way a
 *          careful client behaves during a crash or a fail-over. Each acknowledged submit is
 *          written to out= as "ACK id reference key" the moment it arrives.
 * verify — reads the database (jdbc=) and checks, for the program: every ACK is there, submitted,
 *          with its reference; exactly one application per client key (nothing duplicated by a
 *          retried create); every application submitted with exactly its one PDF (same size and
 *          SHA-256) and its bytes (the content row, or with attachments=DIR its file, same size and
 *          SHA-256); no attachment or content row without its parent; exactly one SUBMITTED audit
 *          entry per application; files no row names (orphans) counted. Exit 1 with the list of
 *          problems otherwise.
 */
public class RushClient {

    static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+)");
    static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");
    static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            o.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        switch (args[0]) {
            case "run" -> new RushClient(o).run();
            case "verify" -> System.exit(verify(o));
            default -> throw new IllegalArgumentException("mode: run | verify");
        }
    }

    final String base;
    final String realm;
    final String run;
    final long programId;
    final int users;
    final int per;
    final byte[] pdf;
    final long giveUpAt;
    final PrintWriter out;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    final Map<String, String> tokens = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    final AtomicLong slowest = new AtomicLong();
    final AtomicLong acked = new AtomicLong();
    final AtomicLong failed = new AtomicLong();

    RushClient(Map<String, String> o) throws IOException {
        base = o.get("base");
        realm = o.get("realm");
        run = o.getOrDefault("run", "r" + System.currentTimeMillis());
        programId = Long.parseLong(o.get("program"));
        users = Integer.parseInt(o.getOrDefault("users", "20"));
        per = Integer.parseInt(o.getOrDefault("per", "5"));
        pdf = pdf(Integer.parseInt(o.getOrDefault("pdfKb", "256")));
        giveUpAt = System.currentTimeMillis() + 1000L * Integer.parseInt(o.getOrDefault("giveUpSeconds", "300"));
        out = new PrintWriter(Files.newBufferedWriter(Path.of(o.get("out"))), true);
    }

    void run() throws Exception {
        long start = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 1; u <= users; u++) {
            int user = u;
            pool.submit(() -> {
                for (int j = 1; j <= per; j++) {
                    String key = run + "-u" + user + "-" + j;
                    try {
                        apply("rush" + user, key);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        synchronized (out) {
                            out.println("FAIL " + key + " " + e);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        long took = System.currentTimeMillis() - start;
        String summary = "SUMMARY acked=%d failed=%d seconds=%.1f slowestMs=%d outcomes=%s".formatted(acked.get(),
                failed.get(), took / 1000.0, slowest.get(), new TreeMap<>(outcomes));
        synchronized (out) {
            out.println(summary);
        }
        System.out.println(summary);
        out.close();
    }

    /** One applicant's application, start to acknowledged submission. */
    void apply(String user, String key) throws Exception {
        String created = call(user, "POST", "/api/v1/programs/" + programId + "/applications", key, null, null, 201);
        long id = Long.parseLong(match(ID, created));
        String values = """
                {"version":%d,"values":{"projectName":"Rush %s","organisation":"压力测试有限公司","contactName":"王小明",
                "phone":"13800000000","email":"%s@example.test","countryRegion":"CN","summary":"Load and crash check.",
                "trackId":"%s"}}""";
        String trackId = match(Pattern.compile("\"tracks\":\\[\\{\"id\":(\\d+)"),
                call(user, "GET", "/api/v1/programs/" + programId, null, null, null, 200));
        // A save is retried by reading the current version first, so a save that landed before its
        // answer was lost is not refused as stale.
        while (true) {
            String now = call(user, "GET", "/api/v1/applications/" + id, null, null, null, 200);
            String body = values.formatted(Long.parseLong(match(VERSION, now)), key, user, trackId);
            if (call(user, "PUT", "/api/v1/applications/" + id, null, body, "application/json", 200, 409) != null) {
                break;
            }
        }
        call(user, "POST", "/api/v1/applications/" + id + "/attachments?field=business_plan&name="
                + URLEncoder.encode("计划书.pdf", StandardCharsets.UTF_8), null, pdf, "application/pdf", 201);
        String submitted = call(user, "POST", "/api/v1/applications/" + id + "/submit", key, null, null, 200);
        acked.incrementAndGet();
        synchronized (out) {
            out.println("ACK " + id + " " + match(REFERENCE, submitted) + " " + key);
        }
    }

    /**
     * One request, repeated while the answer is lost or the service is (temporarily) unavailable.
     * Returns the body on an expected status, null on 409 when 409 is listed (the caller retries its step).
     */
    String call(String user, String method, String path, String idempotencyKey, Object body, String type,
            int... expected) throws Exception {
        while (true) {
            if (System.currentTimeMillis() > giveUpAt) {
                throw new IllegalStateException("gave up on " + method + " " + path);
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token(user)).header("Accept", "application/json");
            if (idempotencyKey != null) {
                b.header("Idempotency-Key", idempotencyKey);
            }
            if (type != null) {
                b.header("Content-Type", type);
            }
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : body instanceof byte[] bytes ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                            : HttpRequest.BodyPublishers.ofString((String) body);
            b.method(method, publisher);
            long t0 = System.currentTimeMillis();
            HttpResponse<String> r;
            try {
                r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                count(e.getClass().getSimpleName(), t0);
                Thread.sleep(500);
                continue;
            }
            count(String.valueOf(r.statusCode()), t0);
            for (int want : expected) {
                if (r.statusCode() == want) {
                    return want == 409 ? null : r.body();
                }
            }
            if (r.statusCode() == 401) {
                tokens.remove(user);
            } else if (r.statusCode() < 500) {
                throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            Thread.sleep(500);
        }
    }

    void count(String outcome, long t0) {
        outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
        slowest.accumulateAndGet(System.currentTimeMillis() - t0, Math::max);
    }

    String token(String user) throws Exception {
        String t = tokens.get(user);
        while (t == null) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=shortlist-api&username="
                                + user + "&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = TOKEN.matcher(r.body());
                if (m.find()) {
                    t = m.group(1);
                    tokens.put(user, t);
                } else {
                    Thread.sleep(500);
                }
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        return t;
    }

    static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + s);
        }
        return m.group(1);
    }

    /** A valid little PDF padded with a comment to the given size (distinct bytes, so SHA-256 means something). */
    static byte[] pdf(int kb) {
        StringBuilder s = new StringBuilder("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n");
        int i = 0;
        while (s.length() < kb * 1024 - 64) {
            s.append("% padding line ").append(i++).append('\n');
        }
        s.append("trailer<</Root 1 0 R>>\n%%EOF\n");
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    // --- verification in the database --------------------------------------------------------------

    static int verify(Map<String, String> o) throws Exception {
        long programId = Long.parseLong(o.get("program"));
        int expected = Integer.parseInt(o.get("expected"));
        byte[] pdf = pdf(Integer.parseInt(o.getOrDefault("pdfKb", "256")));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        Map<Long, String> acks = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(o.get("out")))) {
            if (line.startsWith("ACK ")) {
                String[] p = line.split(" ");
                acks.put(Long.parseLong(p[1]), p[2]);
            }
        }
        List<String> problems = new ArrayList<>();
        long[] files;
        try (Connection c = DriverManager.getConnection(o.get("jdbc"), o.getOrDefault("user", "sa"),
                o.getOrDefault("password", ""))) {
            Map<Long, String[]> apps = new HashMap<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT id, status, reference, create_key FROM application WHERE program_id = " + programId + " ORDER BY id")) {
                while (rs.next()) {
                    apps.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3), rs.getString(4) });
                }
            }
            acks.forEach((id, ref) -> {
                String[] a = apps.get(id);
                if (a == null) {
                    problems.add("acknowledged application " + id + " (" + ref + ") is missing");
                } else if (!"SUBMITTED".equals(a[0]) || !ref.equals(a[1])) {
                    problems.add("acknowledged application " + id + " is " + a[0] + " " + a[1] + ", not SUBMITTED " + ref);
                }
            });
            if (apps.size() != expected) {
                problems.add(apps.size() + " applications in the program, expected exactly " + expected);
            }
            one(c, problems, "applications sharing a client key",
                    "SELECT COUNT(*) FROM (SELECT applicant_id, create_key FROM application WHERE program_id = " + programId
                            + " GROUP BY applicant_id, create_key HAVING COUNT(*) > 1) d", 0);
            one(c, problems, "applications not SUBMITTED",
                    "SELECT COUNT(*) FROM application WHERE program_id = " + programId + " AND status <> 'SUBMITTED'", 0);
            one(c, problems, "applications without exactly one attachment",
                    "SELECT COUNT(*) FROM application a WHERE a.program_id = " + programId
                            + " AND (SELECT COUNT(*) FROM attachment t WHERE t.application_id = a.id) <> 1", 0);
            one(c, problems, "attachments whose size or SHA-256 is not the uploaded PDF's",
                    "SELECT COUNT(*) FROM attachment t JOIN application a ON a.id = t.application_id WHERE a.program_id = "
                            + programId + " AND (t.size_bytes <> " + pdf.length + " OR t.sha256 <> '" + sha + "')", 0);
            // The bytes: a content row for an attachment without a storage key, its file for one with a key.
            one(c, problems, "attachments stored in the database without their content row",
                    "SELECT COUNT(*) FROM attachment t LEFT JOIN attachment_content x ON x.attachment_id = t.id "
                            + "WHERE t.storage_key IS NULL AND x.attachment_id IS NULL", 0);
            one(c, problems, "content rows without their attachment",
                    "SELECT COUNT(*) FROM attachment_content x LEFT JOIN attachment t ON t.id = x.attachment_id WHERE t.id IS NULL", 0);
            files = files(c, o.get("attachments"), programId, pdf.length, sha, problems);
            one(c, problems, "attachments without their application",
                    "SELECT COUNT(*) FROM attachment t LEFT JOIN application a ON a.id = t.application_id WHERE a.id IS NULL", 0);
            one(c, problems, "applications with other than one SUBMITTED audit entry",
                    "SELECT COUNT(*) FROM application a WHERE a.program_id = " + programId + " AND (SELECT COUNT(*) FROM audit_entry e "
                            + "WHERE e.entity_type = 'application' AND e.entity_id = a.id AND e.action = 'SUBMITTED') <> 1", 0);
            one(c, problems, "duplicate references",
                    "SELECT COUNT(*) - COUNT(DISTINCT reference) FROM application WHERE program_id = " + programId, 0);
            System.out.printf("VERIFY applications=%d acknowledged=%d files=%d orphanFiles=%d problems=%d%n", apps.size(),
                    acks.size(), files[0], files[1], problems.size());
        }
        problems.forEach(p -> System.out.println("PROBLEM " + p));
        return problems.isEmpty() ? 0 : 1;
    }

    /**
     * The attachments kept as files (shortlist.attachments.store=files) under {@code dir}: each of the
     * program's is there with the uploaded PDF's size and SHA-256. Returns {files checked, orphans}: files
     * no row names, which a crash between writing a file and committing its row leaves; nothing serves
     * them and the app's sweep deletes them after the grace period, so they are counted, not problems.
     */
    static long[] files(Connection c, String dir, long programId, int size, String sha, List<String> problems)
            throws Exception {
        List<String> ours = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT t.storage_key FROM attachment t JOIN application a "
                + "ON a.id = t.application_id WHERE t.storage_key IS NOT NULL AND a.program_id = " + programId)) {
            while (rs.next()) {
                ours.add(rs.getString(1));
            }
        }
        if (dir == null) {
            if (!ours.isEmpty()) {
                problems.add(ours.size() + " attachments kept as files, but no attachments= folder to check them in");
            }
            return new long[] { 0, 0 };
        }
        Path root = Path.of(dir);
        for (String key : ours) {
            Path file = root.resolve(key.substring(0, 2)).resolve(key);
            if (!Files.isRegularFile(file)) {
                problems.add("attachment file " + key + " is missing");
            } else if (Files.size(file) != size || !sha.equals(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))))) {
                problems.add("attachment file " + key + " is not the uploaded PDF");
            }
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        try (ResultSet rs = c.createStatement().executeQuery("SELECT storage_key FROM attachment WHERE storage_key IS NOT NULL")) {
            while (rs.next()) {
                named.add(rs.getString(1));
            }
        }
        long orphans = 0;
        if (Files.isDirectory(root)) {
            try (var all = Files.walk(root)) {
                orphans = all.filter(Files::isRegularFile).filter(f -> !named.contains(f.getFileName().toString())).count();
            }
        }
        return new long[] { ours.size(), orphans };
    }

    static void one(Connection c, List<String> problems, String what, String sql, long want) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            if (rs.getLong(1) != want) {
                problems.add(rs.getLong(1) + " " + what);
            }
        }
    }
}
