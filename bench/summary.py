"""Reads target/bench/<db>/ (state.json, Gatling's stats.json, wrk's output, checks.txt) and writes the
figures with their bars into target/bench/<db>/summary.md and into docs/benchmarks.md between markers."""
import glob
import json
import os
import platform
import re
import subprocess

OUT = os.environ.get("BENCH_OUT", "target/bench/h2")
DOC = "docs/benchmarks.md"


def gatling(state, sim):
    """request name -> stats (ms); the 'All Requests' group under '*'."""
    d = state.get("gatling_" + sim)
    if not d or not os.path.exists(os.path.join(d, "js", "stats.js")):
        return {}
    # Gatling writes its figures as a JavaScript object (keys partly unquoted, numbers as strings).
    js = open(os.path.join(d, "js", "stats.js")).read()
    js = js[js.index("{"):js.index("\nfunction ")].strip().rstrip(";")
    js = re.sub(r"^(\s*)([A-Za-z_]\w*):", r'\1"\2":', js, flags=re.M)
    raw = json.loads(js, object_hook=lambda o: {k: num(v) for k, v in o.items()})
    out = {"*": raw["stats"]}
    todo = list(raw.get("contents", {}).values())
    while todo:
        c = todo.pop()
        out[c["name"]] = c["stats"]
        todo.extend(c.get("contents", {}).values())
    return out


def num(v):
    if isinstance(v, str) and re.fullmatch(r"-?\d+(\.\d+)?", v):
        return float(v) if "." in v else int(v)
    return v


def p(stats, name, key):
    """percentiles1..4 are Gatling's default 50th, 75th, 95th, 99th; ok requests."""
    s = stats.get(name)
    return None if s is None else s[key]["ok"]


def n(stats, name, kind="total"):
    s = stats.get(name)
    return 0 if s is None else s["numberOfRequests"][kind]


def completed_in(sim):
    try:
        m = re.findall(r"(\d+)s elapsed", open(os.path.join(OUT, sim + ".txt")).read())
        return int(m[-1]) if m else None
    except OSError:
        return None


def wrk(name):
    try:
        t = open(os.path.join(OUT, f"wrk-{name}.txt")).read()
    except OSError:
        return None, None, None
    rps = re.search(r"Requests/sec:\s+([\d.]+)", t)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", t)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
    lat = None
    if p99:
        lat = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    return (float(rps.group(1)) if rps else None), lat, (int(errors.group(1)) if errors else 0)


def checks():
    """The one-row SELECT's output: H2's Shell prints 'a | b' header and values; psql -At prints 'v|v'."""
    import checks as c
    try:
        lines = [l for l in open(os.path.join(OUT, "checks.txt")).read().splitlines() if l.strip()]
    except OSError:
        return {}
    vals = None
    for l in lines:
        parts = [x.strip() for x in l.split("|")]
        if len(parts) == len(c.CHECKS) and all(x.isdigit() for x in parts):
            vals = [int(x) for x in parts]
    if not vals:
        return {}
    found = dict(zip(c.CHECKS.keys(), vals))
    # The attachments kept as files (checks.py files): stored 1 MB attachments = content rows + files.
    try:
        m = re.search(r"rush_files_1mb=(\d+)", open(os.path.join(OUT, "checks-files.txt")).read())
    except OSError:
        m = None
    found["rush_files_1mb"] = int(m.group(1)) if m else 0
    found["rush_stored_1mb"] = found["rush_contents_1mb"] + found["rush_files_1mb"]
    return found


def mark(ok, measured=True):
    if not measured:
        return "not run"
    return "**met**" if ok else "**not met**"


def fmt(v, unit=""):
    if v is None:
        return "—"
    if isinstance(v, float):
        v = round(v, 1)
    return f"{v:,}{unit}"


def main():
    s = json.load(open(os.path.join(OUT, "state.json")))
    db = s["db"]
    c = checks()
    rush = gatling(s, "RushSimulation")
    warm = gatling(s, "RushWarmup")
    score = gatling(s, "ScoringSimulation")
    lists = gatling(s, "ListsSimulation")
    users = int(os.environ.get("BENCH_APPLICANTS", "2000"))
    cpu = subprocess.run("lscpu | sed -n 's/^Model name:\\s*//p'", shell=True, capture_output=True, text=True).stdout.strip()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    L = []
    w = L.append
    w(f"### {'H2 (file)' if db == 'h2' else 'PostgreSQL'} — {s['started']}")
    w("")
    w(f"Machine: {os.cpu_count()} cores ({cpu}), {mem:.0f} GB, {platform.system()} {platform.release()}, {java}; "
      f"commit `{s['commit']}`; load when the run started: {s['uptime']} (the machine is shared with other builds).")
    w("")
    w("| scenario | figure | bar | |")
    w("|---|---|---|---|")
    # (1)
    ko = n(rush, "*", "ko")
    dur = completed_in("RushSimulation")
    sub99 = p(rush, "submit", "percentiles4")
    rush_db_ok = (c.get("rush_applications") == users and c.get("rush_submitted") == users
                  and c.get("rush_applicants") == users and c.get("rush_references") == users
                  and c.get("rush_stored_1mb") == users and c.get("rush_without_attachment") == 0)
    if warm:
        w(f"| 1 rush | warm-up first (another program, not judged): {n(warm, '*'):,} requests, {n(warm, '*', 'ko')} failed, "
          f"in {fmt(completed_in('RushWarmup'), ' s')}; submit p50 / p99 {fmt(p(warm, 'submit', 'percentiles1'))} / {fmt(p(warm, 'submit', 'percentiles4'))} ms | — | |")
    w(f"| 1 rush | {users:,} applicants × 4 calls: {n(rush, '*'):,} requests, {ko} failed | zero errors | {mark(ko == 0 and n(rush, '*') == 4 * users, bool(rush))} |")
    w(f"| 1 rush | the whole rush (Gatling, first call to last answer): {fmt(dur, ' s')} | within 60 s | {mark(dur is not None and dur <= 60, dur is not None)} |")
    w(f"| 1 rush | submit p50 / p95 / p99 / max: {fmt(p(rush, 'submit', 'percentiles1'))} / {fmt(p(rush, 'submit', 'percentiles3'))} / {fmt(sub99)} / {fmt(rush.get('submit', {}).get('maxResponseTime', {}).get('ok'))} ms | p99 < 500 ms | {mark(sub99 is not None and sub99 < 500, bool(rush))} |")
    w(f"| 1 rush | upload (1 MB) p50 / p99: {fmt(p(rush, 'upload', 'percentiles1'))} / {fmt(p(rush, 'upload', 'percentiles4'))} ms; create p99 {fmt(p(rush, 'create', 'percentiles4'))} ms; fill p99 {fmt(p(rush, 'fill', 'percentiles4'))} ms | — | |")
    w(f"| 1 rush | database afterwards: {c.get('rush_applications', '—')} applications, {c.get('rush_submitted', '—')} submitted, "
      f"{c.get('rush_applicants', '—')} distinct applicants, {c.get('rush_references', '—')} distinct references, "
      f"{c.get('rush_stored_1mb', '—')} stored 1 MB attachments ({c.get('rush_contents_1mb', '—')} database rows, {c.get('rush_files_1mb', '—')} files), {c.get('rush_without_attachment', '—')} without attachment, "
      f"{c.get('rush_entries', '—')} screening entries | none lost or duplicated | {mark(rush_db_ok, bool(c) and bool(rush))} |")
    if s.get("drainSeconds") is not None:
        w(f"| 1 rush | after the rush the app answered a light request in under 1 s again after {fmt(s.get('drainSeconds'), ' s')} (its backlog) | — | |")
    # (3)
    assigned = c.get("judge_assignments")
    j_ok = (assigned is not None and assigned == c.get("judge_pairs") == c.get("judge_submitted")
            == c.get("judge_scorecards") == c.get("judge_scorecard_assignments")
            and c.get("judge_apps_with_5") == int(os.environ.get("BENCH_JUDGED", "1350")))
    w(f"| 3 judging | automatic assignment, the whole request `POST /api/v1/rounds/{{id}}/assignments`: {fmt(s.get('assignMs'), ' ms')} | < 1 s | {mark(s.get('assignMs', 10**9) < 1000, 'assignMs' in s)} |")
    sko = n(score, "*", "ko")
    w(f"| 3 judging | {n(score, 'submit scorecard'):,} scorecards submitted by {os.environ.get('BENCH_JUDGES', '60')} judges at once in {fmt(completed_in('ScoringSimulation'), ' s')}, {sko} failed; submit p50 / p95 / p99 {fmt(p(score, 'submit scorecard', 'percentiles1'))} / {fmt(p(score, 'submit scorecard', 'percentiles3'))} / {fmt(p(score, 'submit scorecard', 'percentiles4'))} ms | zero errors | {mark(sko == 0 and n(score, 'submit scorecard') > 0, bool(score))} |")
    w(f"| 3 judging | database afterwards: {fmt(assigned)} active assignments ({fmt(c.get('judge_pairs'))} distinct application × judge), {fmt(c.get('judge_apps_with_5'))} applications with 5 judges, {fmt(c.get('judge_scorecards'))} scorecards, {fmt(c.get('judge_submitted'))} submitted, {fmt(c.get('judge_scorecard_assignments'))} distinct assignments | no lost or duplicated scorecard | {mark(j_ok, bool(c) and bool(score))} |")
    w(f"| 3 judging | ranking of {fmt(s.get('rankingTotal'))} applications, trimmed mean, `GET /api/v1/rounds/{{id}}/ranking`: first {fmt(s.get('rankingFirstMs'), ' ms')}, then median {fmt(s.get('rankingMedianMs'), ' ms')}, slowest {fmt(s.get('rankingMaxMs'), ' ms')} | < 200 ms | {mark(s.get('rankingFirstMs', 10**9) < 200 and s.get('rankingMaxMs', 10**9) < 200, 'rankingFirstMs' in s)} |")
    # (2)
    w(f"| 2 lists | {fmt(s.get('syntheticCount'))} synthetic applications generated (demo job, JDBC batches) in {fmt(s.get('syntheticSeconds'), ' s')} | — | |")
    for name, key in (("admin application list", "listBytes"), ("screener queue", "queueBytes"), ("public result page", "resultsBytes")):
        p95 = p(lists, name, "percentiles3")
        w(f"| 2 lists | {name} ({fmt(s.get(key))} bytes), 16 clients: {n(lists, name):,} requests, {n(lists, name, 'ko')} failed, p50 / p95 / p99 {fmt(p(lists, name, 'percentiles1'))} / {fmt(p95)} / {fmt(p(lists, name, 'percentiles4'))} ms | p95 < 100 ms | {mark(p95 is not None and p95 < 100 and n(lists, name, 'ko') == 0, bool(lists))} |")
    lr, l99, le = wrk("list")
    sr, s99, se = wrk("static")
    ratio = (lr / sr) if lr and sr else None
    w(f"| 2 lists | wrk, 16 connections, 20 s: list page {fmt(lr)} req/s (p99 {fmt(l99, ' ms')}, {le} non-2xx) vs static `{s.get('staticPath')}` ({fmt(s.get('staticBytes'))} bytes) {fmt(sr)} req/s (p99 {fmt(s99, ' ms')}): ratio **{fmt(None if ratio is None else ratio * 100, ' %')}** | ≥ 40 % | {mark(ratio is not None and ratio >= 0.4 and le == 0, ratio is not None)} |")
    # (4)
    for fmt_ in ("xlsx", "csv", "pdf"):
        e = s.get("export_" + fmt_, {})
        heap = s.get("exportHeapMb_" + fmt_)
        bar = "< 30 s, heap ≤ 512 MB" if fmt_ == "xlsx" else "heap ≤ 512 MB"
        ok = e.get("http") == 200 and heap is not None and heap <= 512 and (fmt_ != "xlsx" or e.get("seconds", 99) < 30)
        w(f"| 4 exports | {fmt_.upper()} of {fmt(s.get('syntheticCount'))} rows over HTTP: HTTP {e.get('http')}, {fmt(e.get('seconds'), ' s')}, {fmt(round(e.get('bytes', 0) / 2**20, 1), ' MB')}; peak heap in use (jstat, every 0.2 s) {fmt(heap, ' MB')} of 512 | {bar} | {mark(ok, bool(e))} |")
    # (5)
    w(f"| 5 start-up | JVM launch to the first served page (`GET /`, polled every 0.1 s): {fmt(s.get('firstPageMs'), ' ms')} (Quarkus: {s.get('startedIn')}) | reported | |")
    w(f"| 5 footprint | resident memory (RSS) after start {fmt(s.get('rss_start'), ' MB')}, rush {fmt(s.get('rss_rush'), ' MB')}, judging {fmt(s.get('rss_judging'), ' MB')}, 100k loaded {fmt(s.get('rss_synthetic'), ' MB')}, lists {fmt(s.get('rss_lists'), ' MB')}, exports {fmt(s.get('rss_exports'), ' MB')} | reported | |")
    w("")
    w(f"Tokens for {users + int(os.environ.get('BENCH_JUDGES', '60')):,} bench users fetched before the timed part in {fmt(s.get('tokenSeconds'), ' s')}. "
      f"Reports: `{os.path.relpath(OUT)}/` (Gatling HTML under `gatling/`, `wrk-*.txt`, `gc.log`, `jstat-*.txt`, `checks.txt`, `app.log`).")
    text = "\n".join(L) + "\n"
    open(os.path.join(OUT, "summary.md"), "w").write(text)
    if os.environ.get("BENCH_ONLY") == "rush":  # a partial run leaves the committed figures alone
        print(text)
        return
    doc = open(DOC).read()
    start, end = f"<!-- bench:{db} -->", f"<!-- /bench:{db} -->"
    if start in doc:
        doc = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda m: start + "\n" + text + end, doc, flags=re.S)
    else:
        doc = doc.rstrip() + "\n\n" + start + "\n" + text + end + "\n"
    open(DOC, "w").write(doc)
    print(text)
