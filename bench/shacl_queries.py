"""Time each compiled SHACL query on a store, each in a child process stopped after a cap.

    python bench/shacl_queries.py STORE_DIR CAP_SECONDS > timings.jsonl

One JSON line per query of ``bhyt_kg.shacl_sparql.bundled_queries()``: its index, seconds, result
rows and the checks it answers (shape:component), or ``over`` when it ran past the cap. Used to
find which checks grow badly with the store (bench/RESULTS.md).
"""
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
STORE, CAP = sys.argv[1], float(sys.argv[2])
if len(sys.argv) > 3:  # child: run query number i
    from bhyt_kg import shacl_sparql
    from bhyt_kg.store import KnowledgeGraph
    i = int(sys.argv[3])
    with KnowledgeGraph.open(STORE) as kg:
        q = shacl_sparql.queries_for(kg.select)[i]
        start = time.perf_counter()
        _, rows = kg.select(q.sparql)
        checks = sorted(f"{(c.shape or '').rsplit('#', 1)[-1]}:{c.component}" for _, c in q.flags)
        print(json.dumps({"i": i, "s": time.perf_counter() - start, "rows": len(rows),
                          "checks": checks}, ensure_ascii=False))
    sys.exit(0)
from bhyt_kg import shacl_sparql  # noqa: E402 (after the path is set)

n = len(shacl_sparql.bundled_queries())
for i in range(n):
    try:
        out = subprocess.run([sys.executable, __file__, STORE, str(CAP), str(i)],
                             capture_output=True, text=True, timeout=CAP)
        line = (out.stdout.strip().splitlines()[-1] if out.stdout.strip()
                else json.dumps({"i": i, "error": out.stderr.strip()[-200:]}))
    except subprocess.TimeoutExpired:
        line = json.dumps({"i": i, "over": CAP})
    print(line, flush=True)
