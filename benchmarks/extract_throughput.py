"""Throughput and peak memory of `lawie extract` over a folder of reports (a benchmark, not a test).

    python benchmarks/extract_throughput.py ../shared/corpus --n-process 1 2 [--model build/rules-pipeline]

Runs the real command line once per process count in a child process and reports characters and
reports per second (of the input text as lawie read it) and the child's peak resident memory.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


# Run in a fresh interpreter so that the peak memory of one run does not carry into the next.
MEASURE = """
import json, resource, subprocess, sys
subprocess.run(sys.argv[1:], stderr=subprocess.DEVNULL)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"maxrss_kb": usage.ru_maxrss, "cpu_seconds": usage.ru_utime + usage.ru_stime}))
"""


def run_once(inputs: list[str], n_process: int, model: str | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        command = [sys.executable, "-m", "lawie.cli", "extract", *inputs, "-o", str(out)]
        if n_process > 1:
            command += ["--n-process", str(n_process)]
        if model:
            command += ["--model", model]
        start = time.perf_counter()
        usage = json.loads(subprocess.run([sys.executable, "-c", MEASURE, *command], check=False, text=True,
                                          capture_output=True).stdout)
        seconds = time.perf_counter() - start
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    chars = sum(len(r["text"]) for r in records)
    return {"pipeline": model or "shipped", "n_process": n_process, "reports": len(records), "chars": chars, "seconds": round(seconds, 2),
            "chars_per_second": round(chars / seconds), "reports_per_second": round(len(records) / seconds, 2),
            "peak_rss_mb": round(usage["maxrss_kb"] / 1024), "cpu_seconds": round(usage["cpu_seconds"], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="report files or folders")
    parser.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--model", help="pipeline folder to run instead of the shipped one")
    args = parser.parse_args()
    for n in args.n_process:
        print(json.dumps(run_once(args.inputs, n, args.model)), flush=True)


if __name__ == "__main__":
    main()
