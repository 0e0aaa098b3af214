"""Score extraction on the shared dev sets, whole and by halves.

The halves keep tuning honest: half A is where rules are tuned, half B is
only scored.  ``dev.jsonl``: A = seed000–002, B = seed003–004.
``dev-web.jsonl``: A = odd-numbered passages (web-01, web-03 …), B = even.

    python benchmarks/score_halves.py [--shared ../shared] [--only web|seed]

Runs ``unionkg extract`` in this interpreter, then the shared ``score.py``.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def half_of(doc_id: str) -> str:
    match = re.search(r"(\d+)", doc_id)
    number = int(match.group(1)) if match else 0
    if doc_id.startswith("web"):
        return "A" if number % 2 else "B"
    return "A" if number <= 2 else "B"


def overall(score_output: str) -> dict[str, tuple[float, float, float]]:
    rows = {}
    for line in score_output.splitlines():
        parts = line.split()
        if len(parts) >= 6 and parts[1] == "strict":
            rows[f"{parts[0]} {parts[2]}"] = tuple(float(x) for x in parts[3:6])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--only", choices=["web", "seed"])
    args = parser.parse_args()
    gold_dir = Path(args.shared) / "gold"
    sets = {"seed": gold_dir / "dev.jsonl", "web": gold_dir / "dev-web.jsonl"}
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold in sets.items():
            if args.only and name != args.only:
                continue
            pred = Path(tmp) / f"{name}.pred.jsonl"
            subprocess.run([sys.executable, "-m", "unionkg.cli", "extract", str(gold), "-o", str(pred)],
                           check=True, stdout=subprocess.DEVNULL)
            gold_lines = gold.read_text(encoding="utf-8").splitlines()
            pred_lines = pred.read_text(encoding="utf-8").splitlines()
            table = {}
            for half in ("ALL", "A", "B"):
                keep = lambda line: half == "ALL" or half_of(json.loads(line)["id"]) == half  # noqa: E731
                g, p = Path(tmp) / f"{name}{half}.gold", Path(tmp) / f"{name}{half}.pred"
                g.write_text("\n".join(filter(keep, gold_lines)) + "\n", encoding="utf-8")
                p.write_text("\n".join(filter(keep, pred_lines)) + "\n", encoding="utf-8")
                out = subprocess.run([sys.executable, str(gold_dir / "score.py"), str(g), str(p)],
                                     check=True, capture_output=True, text=True).stdout
                table[half] = overall(out)
            print(f"## {gold.name}  (strict F1; ALL as P/R/F1)")
            for key in table["ALL"]:
                p_, r_, f_ = table["ALL"][key]
                print(f"{key:26s} {p_:.3f}/{r_:.3f}/{f_:.3f}   A {table['A'].get(key, (0, 0, 0))[2]:.3f}"
                      f"   B {table['B'].get(key, (0, 0, 0))[2]:.3f}")


if __name__ == "__main__":
    main()
