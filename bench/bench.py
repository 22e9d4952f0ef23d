#!/usr/bin/env python3
"""Set-up, timing and summary steps of bench/run.sh (standard library only).

Every step reads and extends target/bench/state.json, so run.sh can call them one by one:
  bench.py users | tokens | rush-program | judging-setup | judging-run | lists-setup | summary
"""
import concurrent.futures as cf
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone

APP = os.environ.get("BENCH_APP", "http://localhost:28080")
KC = os.environ.get("BENCH_KC", "http://localhost:28180")
OUT = os.environ.get("BENCH_OUT", "target/bench")
APPLICANTS = int(os.environ.get("BENCH_APPLICANTS", "2000"))
JUDGES = int(os.environ.get("BENCH_JUDGES", "60"))
# Applicants of the warm-up rush to another program, before the timed one (0: none).
WARMUP = int(os.environ.get("BENCH_WARMUP", "400"))
JUDGED = int(os.environ.get("BENCH_JUDGED", "1350"))
STATE = os.path.join(OUT, "state.json")
PASSWORD = "bench-pass"


def load():
    return json.load(open(STATE)) if os.path.exists(STATE) else {}


def save(state):
    with open(STATE + ".tmp", "w") as f:
        json.dump(state, f, indent=1, ensure_ascii=False)
    os.replace(STATE + ".tmp", STATE)


def call(method, url, token=None, body=None, form=None, ctype=None, timeout=600):
    headers = {"Accept": "application/json", "Accept-Language": "en"}
    data = None
    if token:
        headers["Authorization"] = "Bearer " + token
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        headers["Content-Type"] = ctype or "application/json"
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        raw = e.read()
        raise SystemExit(f"{method} {url} -> {e.code}: {raw[:500]!r}")
    ms = (time.perf_counter() - t0) * 1000
    text = raw.decode("utf-8", "replace")
    try:
        return json.loads(text) if text else None, ms, status
    except ValueError:
        return text, ms, status


def token(user, password):
    j, _, _ = call("POST", f"{KC}/realms/shortlist/protocol/openid-connect/token",
                   form={"grant_type": "password", "client_id": "shortlist-api", "username": user,
                         "password": password})
    return j["access_token"]


def kc_admin():
    j, _, _ = call("POST", f"{KC}/realms/master/protocol/openid-connect/token",
                   form={"grant_type": "password", "client_id": "admin-cli", "username": "admin",
                         "password": "admin"})
    return j["access_token"]


def applicant(i):
    return f"bench-a{i:04d}"


def warm(i):
    return f"bench-w{i:04d}"


def judge(i):
    return f"bench-j{i:02d}"


def users():
    """Bench users in the private Keycloak; cheap hashing and long tokens on THIS realm only."""
    adm = kc_admin()
    realm, _, _ = call("GET", f"{KC}/admin/realms/shortlist", adm)
    realm["passwordPolicy"] = "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)"
    realm["accessTokenLifespan"] = 7200
    realm["ssoSessionIdleTimeout"] = 7200
    realm["ssoSessionMaxLifespan"] = 36000
    realm["bruteForceProtected"] = False
    call("PUT", f"{KC}/admin/realms/shortlist", adm, realm)

    def user(name, role, first):
        return {"username": name, "enabled": True, "email": f"{name}@example.cn", "emailVerified": True,
                "firstName": first, "lastName": name, "realmRoles": [role],
                "credentials": [{"type": "password", "value": PASSWORD, "temporary": False}]}

    people = [user(applicant(i), "applicant", "申报") for i in range(1, APPLICANTS + 1)]
    people += [user(warm(i), "applicant", "预热") for i in range(1, WARMUP + 1)]
    people += [user(judge(i), "judge", "评委") for i in range(1, JUDGES + 1)]
    t0 = time.time()
    for k in range(0, len(people), 500):
        call("POST", f"{KC}/admin/realms/shortlist/partialImport", kc_admin(),
             {"ifResourceExists": "SKIP", "users": people[k:k + 500]})
    print(f"{len(people)} users in {time.time() - t0:.1f} s")


def tokens():
    """One token per bench user, fetched before anything is timed; CSV feeders for Gatling."""
    t0 = time.time()
    with cf.ThreadPoolExecutor(16) as pool:
        a = list(pool.map(lambda i: (applicant(i), token(applicant(i), PASSWORD)), range(1, APPLICANTS + 1)))
        j = list(pool.map(lambda i: (judge(i), token(judge(i), PASSWORD)), range(1, JUDGES + 1)))
        wu = list(pool.map(lambda i: (warm(i), token(warm(i), PASSWORD)), range(1, WARMUP + 1)))
    for name, rows in (("applicants.csv", a), ("judges.csv", j), ("warmup.csv", wu)):
        with open(os.path.join(OUT, name), "w") as f:
            f.write("username,token\n")
            f.writelines(f"{u},{t}\n" for u, t in rows)
    s = load()
    s["adminToken"] = token("admin", "demo")
    s["tokenSeconds"] = round(time.time() - t0, 1)
    save(s)
    print(f"{len(a) + len(j) + len(wu)} tokens in {s['tokenSeconds']} s")


def contest(adm, code, rounds, with_file):
    now = datetime.now(timezone.utc)
    fields = [{"key": "summary", "type": "LONG_TEXT", "required": True,
               "label": {"zh": "项目简介", "en": "Project summary"}}]
    if with_file:
        fields.append({"key": "business_plan", "type": "FILE", "required": True, "allowedTypes": "PDF",
                       "maxBytes": 5 * 1024 * 1024, "label": {"zh": "商业计划书", "en": "Business plan"}})
    d = {"code": code, "kind": "COMPETITION",
         "name": {"zh": "压测大赛 " + code, "en": "Benchmark contest " + code},
         "organiser": {"zh": "杭州市人力资源和社会保障局", "en": "Hangzhou Human Resources Bureau"},
         "opensAt": (now - timedelta(days=1)).isoformat().replace("+00:00", "Z"),
         "submissionDeadline": (now + timedelta(days=7)).isoformat().replace("+00:00", "Z"),
         "tracks": [{"name": {"zh": "数字经济组", "en": "Digital economy"}},
                    {"name": {"zh": "生物医药组", "en": "Biomedicine"}}],
         "rounds": rounds, "fields": fields}
    p, _, _ = call("POST", f"{APP}/api/v1/programs", adm, d)
    call("POST", f"{APP}/api/v1/programs/{p['id']}/open", adm)
    prog, _, _ = call("GET", f"{APP}/api/v1/programs/{p['id']}", adm)
    return p["id"], [t["id"] for t in prog["tracks"]]


def rush_program():
    s = load()
    pid, tracks = contest(s["adminToken"], "RUSH", [{"kind": "SCREENING",
                                                    "name": {"zh": "资格初审", "en": "Qualification review"}}], True)
    s["rushProgram"], s["rushTrack"] = pid, tracks[0]
    # The warm-up's own program: the timed rush's database checks count only RUSH.
    wid, wtracks = contest(s["adminToken"], "WARM", [{"kind": "SCREENING",
                                                     "name": {"zh": "资格初审", "en": "Qualification review"}}], True)
    s["warmProgram"], s["warmTrack"] = wid, wtracks[0]
    save(s)
    # A valid PDF of 1 MB: a small document padded with a comment block before the trailer.
    head = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    tail = b"trailer<</Root 1 0 R>>\n%%EOF\n"
    pad = 1024 * 1024 - len(head) - len(tail)
    line = b"% " + b"x" * 77 + b"\n"
    body = (line * (pad // len(line) + 1))[:pad - 1] + b"\n"
    with open(os.path.join(OUT, "plan-1mb.pdf"), "wb") as f:
        f.write(head + body + tail)
    print(f"rush program {pid}, track {tracks[0]}")


def read_tokens(name):
    with open(os.path.join(OUT, name)) as f:
        next(f)
        return [line.strip().split(",", 1) for line in f if line.strip()]


def judging_setup():
    """A contest whose only round is scoring, JUDGED applications in it, JUDGES judges in its pool."""
    s = load()
    adm = s["adminToken"]
    pid, tracks = contest(adm, "JUDGE", [{"kind": "SCORING", "name": {"zh": "海选", "en": "Open selection"}}], False)
    people = read_tokens("applicants.csv")[:JUDGED]

    def submit(k):
        user, tok = people[k]
        a, _, _ = call("POST", f"{APP}/api/v1/programs/{pid}/applications", tok)
        values = {"projectName": f"评审项目 {k + 1:04d}", "organisation": f"评审科技有限公司 {k + 1:04d}",
                  "contactName": "李娜", "phone": "13900000000", "email": f"{user}@example.cn",
                  "countryRegion": "CN", "trackId": str(tracks[k % 2]), "summary": "用于评审压测的项目。"}
        call("PUT", f"{APP}/api/v1/applications/{a['id']}", tok, {"version": 0, "values": values})
        call("POST", f"{APP}/api/v1/applications/{a['id']}/submit", tok)

    t0 = time.time()
    with cf.ThreadPoolExecutor(8) as pool:
        list(pool.map(submit, range(len(people))))
    print(f"{len(people)} applications for judging in {time.time() - t0:.1f} s")
    rounds, _, _ = call("GET", f"{APP}/api/v1/programs/{pid}/rounds", adm)
    rid = rounds[0]["id"]
    for i in range(1, JUDGES + 1):
        j, _, _ = call("POST", f"{APP}/api/v1/judges", adm,
                       {"username": judge(i), "name": f"评委{i:02d}", "email": f"{judge(i)}@example.cn",
                        "organisation": f"专家单位{i:02d}"})
        call("POST", f"{APP}/api/v1/rounds/{rid}/judges", adm, {"judgeId": j["id"]})
    r, _, _ = call("GET", f"{APP}/api/v1/rounds/{rid}", adm)
    now = datetime.now(timezone.utc)
    crit = lambda key, zh, en, w: {"key": key, "nameZh": zh, "nameEn": en, "min": 0, "max": 10, "step": 1,
                                   "weight": w}
    call("PUT", f"{APP}/api/v1/rounds/{rid}", adm, {
        "version": r["version"], "judgesPerEntry": 5, "blind": False, "live": False,
        "aggregation": "TRIMMED_MEAN", "ruleKind": "TOP_N", "ruleN": 135, "rulePerTrack": False,
        "startsAt": (now - timedelta(hours=1)).isoformat().replace("+00:00", "Z"),
        "endsAt": (now + timedelta(days=7)).isoformat().replace("+00:00", "Z"),
        "criteria": [crit("innovation", "创新性", "Innovation", 60), crit("market", "市场前景", "Market", 40)]})
    call("POST", f"{APP}/api/v1/rounds/{rid}/open", adm)
    s["judgeProgram"], s["judgeRound"] = pid, rid
    save(s)


def judging_assign():
    s = load()
    res, ms, _ = call("POST", f"{APP}/api/v1/rounds/{s['judgeRound']}/assignments", s["adminToken"])
    s["assignMs"] = round(ms)
    s["assignResult"] = res
    save(s)
    print(f"assignment {ms:.0f} ms: {json.dumps(res, ensure_ascii=False)[:300]}")


def judging_rank():
    """Close, time the ranking (first call and 10 more), confirm, publish the winners as a result list."""
    s = load()
    adm, rid = s["adminToken"], s["judgeRound"]
    call("POST", f"{APP}/api/v1/rounds/{rid}/close", adm)
    times = []
    for _ in range(11):
        view, ms, _ = call("GET", f"{APP}/api/v1/rounds/{rid}/ranking", adm)
        times.append(ms)
    s["rankingFirstMs"] = round(times[0])
    s["rankingMedianMs"] = round(statistics.median(times[1:]))
    s["rankingMaxMs"] = round(max(times[1:]))
    s["rankingTotal"] = view["total"]
    call("POST", f"{APP}/api/v1/rounds/{rid}/advancement", adm, {"version": view["version"]})
    lst, _, _ = call("POST", f"{APP}/api/v1/programs/{s['judgeProgram']}/result-lists", adm,
                     {"roundId": rid, "titleZh": "压测大赛获奖名单", "titleEn": "Benchmark contest winners",
                      "grouping": "TRACK"})
    call("POST", f"{APP}/api/v1/result-lists/{lst['listId']}/publish", adm, {"finalList": False})
    s["resultList"] = lst["listId"]
    save(s)
    print(f"ranking first {times[0]:.0f} ms, median {s['rankingMedianMs']} ms; result list {lst['listId']}")


def synthetic():
    """The 100,000 synthetic applications (the demo generator, a job), timed."""
    s = load()
    n = int(os.environ.get("BENCH_SYNTHETIC", "100000"))
    t0 = time.time()
    job, _, _ = call("POST", f"{APP}/api/v1/demo-data/synthetic?count={n}", s["adminToken"])
    while job["status"] not in ("DONE", "FAILED"):
        time.sleep(2)
        job, _, _ = call("GET", f"{APP}/api/v1/jobs/{job['id']}", s["adminToken"])
    if job["status"] != "DONE":
        raise SystemExit("synthetic data failed: " + json.dumps(job, ensure_ascii=False))
    s["syntheticSeconds"] = round(time.time() - t0, 1)
    s["syntheticCount"] = n
    progs, _, _ = call("GET", f"{APP}/api/v1/programs", s["adminToken"])
    code = "SYN" + (f"{n // 1000}K" if n % 1000 == 0 else str(n))
    items = progs if isinstance(progs, list) else progs.get("items", progs.get("rows", []))
    pid = next(p["id"] for p in items if p["code"] == code)
    prog, _, _ = call("GET", f"{APP}/api/v1/programs/{pid}", s["adminToken"])
    rounds, _, _ = call("GET", f"{APP}/api/v1/programs/{pid}/rounds", s["adminToken"])
    tracks = prog["tracks"] + [t for d in prog.get("divisions", []) for t in d["tracks"]]
    s["bigProgram"], s["bigTrack"], s["bigRound"] = pid, tracks[0]["id"], rounds[0]["id"]
    save(s)
    print(f"{n} synthetic applications in {s['syntheticSeconds']} s, program {pid}")


def admin_token():
    """BENCH_ONLY=lists: no bench users, but the admin's token must outlive the 100,000-row load."""
    adm = kc_admin()
    realm, _, _ = call("GET", f"{KC}/admin/realms/shortlist", adm)
    realm["accessTokenLifespan"] = 7200
    realm["ssoSessionIdleTimeout"] = 7200
    call("PUT", f"{KC}/admin/realms/shortlist", adm, realm)
    s = load()
    s["adminToken"] = token("admin", "demo")
    save(s)


def drain():
    """After an overload: wait until the app answers a light request quickly again (its backlog done)."""
    s = load()
    t0 = time.time()
    fast = 0
    while fast < 3 and time.time() - t0 < 900:
        try:
            _, ms, _ = call("GET", f"{APP}/api/v1/programs", s["adminToken"], timeout=60)
            fast = fast + 1 if ms < 1000 else 0
        except SystemExit:
            fast = 0
        time.sleep(1)
    s["drainSeconds"] = round(time.time() - t0)
    save(s)
    print(f"the app answered quickly again after {s['drainSeconds']} s")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    steps = {"users": users, "tokens": tokens, "rush-program": rush_program, "judging-setup": judging_setup,
             "judging-assign": judging_assign, "drain": drain, "admin-token": admin_token, "judging-rank": judging_rank, "synthetic": synthetic}
    steps[sys.argv[1]]()
