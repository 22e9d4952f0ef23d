package app.shortlist.bench.load;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** What bench/run.sh hands every simulation, as system properties. */
final class Bench {

    private Bench() {
    }

    static String prop(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("missing -D" + name + " (bench/run.sh sets it)");
        }
        return v;
    }

    /** The app under test; no compression, no cache, as a client on the same machine. */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(prop("bench.base")).acceptHeader("application/json")
                .acceptLanguageHeader("zh-CN").shareConnections();
    }
}
