#!/usr/bin/env python3
"""Summarise a scan.sh run (wapiti JSON reports, sqlmap logs) into docs/security-scan.md.

Findings of medium or higher severity make the exit status 1 unless false-positives.txt explains
them: one line per explanation, "category | path regex | why it is not a vulnerability here".
"""
import argparse
import datetime
import json
import pathlib
import re
import sys

LEVELS = {4: "critical", 3: "high", 2: "medium", 1: "low", 0: "info"}
HERE = pathlib.Path(__file__).resolve().parent


def explanations():
    rules = []
    for line in (HERE / "false-positives.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            category, path, why = (part.strip() for part in line.split("|", 2))
            rules.append((category, re.compile(path), why))
    return rules


def wapiti_findings(out):
    findings = []
    for report in sorted((out / "wapiti").glob("*.json")):
        role = report.stem
        data = json.loads(report.read_text(encoding="utf-8"))
        for kind in ("vulnerabilities", "anomalies", "additionals"):
            for category, items in (data.get(kind) or {}).items():
                for item in items:
                    findings.append({
                        "tool": "wapiti", "role": role, "category": category,
                        "level": int(item.get("level") or 0), "method": item.get("method", ""),
                        "path": item.get("path", ""), "parameter": item.get("parameter", ""),
                        "info": re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", "…", (item.get("info") or "").replace("\n", " "))[:200],
                    })
    return findings


def sqlmap_results(out):
    results = []
    for log in sorted((out / "sqlmap").glob("*.log")):
        text = log.read_text(encoding="utf-8", errors="replace")
        candidates = re.findall(r"parameter '([^']+)' (?:is|appears to be) '?([^']*?)'? injectable", text)
        # sqlmap re-checks each candidate; one it then calls a false positive is not a finding.
        rejected = {p for p, _ in candidates if f"parameter '{p}' does not seem to be injectable" in text}
        injectable = [(p, t) for p, t in candidates if p not in rejected]
        tested = "all tested parameters do not appear to be injectable" in text
        ended = re.search(r"ended with status (\d+)", text)
        errors = re.findall(r"(\d+) \(Internal Server Error\) - (\d+) times", text)
        note = f"stopped early (status {ended.group(1)})" if ended else ""
        if errors:
            note = (note + "; " if note else "") + f"**the app answered 500 {sum(int(n) for _, n in errors)} time(s)**"
        if rejected:
            note = (note + "; " if note else "") + ("candidate rejected by sqlmap's own false-positive check: "
                                                    + ", ".join(sorted(rejected)))
        results.append({"target": log.stem, "injectable": injectable, "clean": tested and not injectable,
                        "note": note, "errors": bool(errors)})
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("doc")
    parser.add_argument("--commit", default="?")
    parser.add_argument("--wapiti", default="?")
    parser.add_argument("--sqlmap", default="?")
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    rules = explanations()
    findings = wapiti_findings(out)
    sqlmap = sqlmap_results(out)

    def rule_of(f):
        return next((i for i, (c, p, _) in enumerate(rules) if c == f["category"] and p.search(f["path"])), None)

    def why(f):
        i = rule_of(f)
        return None if i is None else f"false positive [{i + 1}]"

    # One line per category, path and parameter: the same finding seen by several roles is one finding.
    grouped = {}
    for f in findings:
        key = (f["category"], f["level"], f["method"], f["path"], f["parameter"], f["info"] if f["level"] < 2 else "")
        grouped.setdefault(key, {**f, "roles": set()})["roles"].add(f["role"])
    rows = sorted(grouped.values(), key=lambda f: (-f["level"], f["category"], f["path"], f["parameter"]))
    open_serious = [f for f in rows if f["level"] >= 2 and not why(f)]
    open_sql = [r for r in sqlmap if r["injectable"] or r["errors"]]
    # Any unexpected error the app logged while under attack is a finding too (a 500 is a bug).
    app_log = out / "app.log"
    unexpected = re.findall(r"Unexpected error, reference (\w+): ([\w.$]+)",
                            app_log.read_text(encoding="utf-8", errors="replace")) if app_log.exists() else []

    lines = [
        "# Security scan",
        "",
        "Produced by `deploy/security/scan.sh` (a separate command, not part of CI: it takes about half an hour).",
        "It starts a private Keycloak (48180) and the app (48080) on a fresh H2 database, generates the",
        "reference programs through the demo-data API, signs in as applicant1, screener, judge1, recommender",
        "and admin through Keycloak's login form, and runs Debian's wapiti (anonymously and as each role) and",
        "sqlmap against the search, filter and form parameters. Raw reports: `target/security-scan/`.",
        "",
        f"- Date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Commit: {args.commit}",
        f"- Tools: {args.wapiti}; sqlmap {args.sqlmap}",
        f"- Open findings of medium or higher severity: **{len(open_serious) + len(open_sql) + len(unexpected)}**",
        "",
        "## Findings by severity (wapiti)",
        "",
        "| Severity | Count | Explained as false positive |",
        "|---|---|---|",
    ]
    for level in (4, 3, 2, 1, 0):
        at = [f for f in rows if f["level"] == level]
        lines.append(f"| {LEVELS[level]} | {len(at)} | {sum(1 for f in at if why(f))} |")
    lines += ["", "## Findings (wapiti)", ""]
    if rows:
        lines += ["| Severity | Category | Request | Parameter | Roles | Status |", "|---|---|---|---|---|---|"]
        for f in rows:
            status = why(f) or ("**open**" if f["level"] >= 2 else "low: " + f["info"].replace("|", "/"))
            lines.append(f"| {LEVELS[f['level']]} | {f['category']} | {f['method']} `{f['path']}` | "
                         f"{f['parameter'] or '—'} | {', '.join(sorted(f['roles']))} | {status} |")
    else:
        lines.append("None.")
    used = sorted({rule_of(f) for f in rows if rule_of(f) is not None})
    if used:
        lines += ["", "### False positives, explained", ""]
        lines += [f"{i + 1}. **{rules[i][0]}** — {rules[i][2]}" for i in used]
    lines += ["", "## sqlmap", "", "| Target | Result |", "|---|---|"]
    for r in sqlmap:
        result = ("**injectable: " + ", ".join(f"{p} ({t})" for p, t in r["injectable"]) + "**") if r["injectable"] \
            else ("no tested parameter injectable" if r["clean"] else "inconclusive, see log")
        lines.append(f"| {r['target']} | {result}{' — ' + r['note'] if r['note'] else ''} |")
    lines += ["", "## Unexpected errors in the app's log during the scan", ""]
    lines += [f"- reference {ref}: {kind}" for ref, kind in unexpected] or ["None."]
    lines += ["", "## Fixed because of this scan", ""]
    fixed = HERE / "fixed.md"
    lines += [fixed.read_text(encoding="utf-8").strip() if fixed.exists() else "Nothing yet.", ""]
    pathlib.Path(args.doc).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines[8:12]))
    return 1 if open_serious or open_sql or unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
