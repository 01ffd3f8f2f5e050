"""Runs every notebook at the quick size once per seed and tabulates how many claims held.

    python environment/check_seeds.py                    # seeds 1 to 5, every notebook
    python environment/check_seeds.py 02-dead-relu --seeds 1 2
    python environment/check_seeds.py --jobs 2           # two notebooks at a time

Each seed's run goes to its own folder (build/notebooks-seed<N>). The table shows, per notebook and
seed, the claims that held out of those checked ('3/4'), '-' for a notebook without a claims output,
and the runner's verdict after any run that failed (a claims cell that throws is an ERROR). Every
seed is run even after a failure; the exit status is non-zero if any run failed.
"""

import argparse
import sys
import time

import pages
from run_notebooks import BUILD, Result, report, run_all, select


def cell(result: Result) -> str:
    return result.claims_cell() if result.status == "ok" else f"{result.claims_cell()} {result.status}"


def claims_table(by_seed: dict[int, list[Result]]) -> str:
    """One row per notebook, one column per seed."""
    seeds = list(by_seed)
    names = [r.name for r in by_seed[seeds[0]]]
    width = max(len(n) for n in names + ["notebook"])
    columns = {seed: {r.name: cell(r) for r in results} for seed, results in by_seed.items()}
    col = max([len(c) for per_seed in columns.values() for c in per_seed.values()] + [len("seed 10")])
    lines = [f"{'notebook':<{width}}  " + "  ".join(f"{'seed ' + str(s):>{col}}" for s in seeds)]
    lines += [f"{name:<{width}}  " + "  ".join(f"{columns[s][name]:>{col}}" for s in seeds) for name in names]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", help="notebooks to run (default: all)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5], help="seeds (default 1 2 3 4 5)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell (default 600)")
    parser.add_argument("--jobs", type=int, default=1, help="notebooks run at the same time (default 1)")
    args = parser.parse_args()
    paths = select(args.notebooks)
    by_seed = {}
    if args.jobs < 1:
        parser.error(f"--jobs must be at least 1, got {args.jobs}")
    for seed in args.seeds:
        started = time.monotonic()
        by_seed[seed] = run_all(paths, pages.output_dir(BUILD, "quick", seed), "quick", seed, args.timeout, jobs=args.jobs)
        report(by_seed[seed], time.monotonic() - started, args.jobs)
    print("\nclaims held per seed (quick preset):\n" + claims_table(by_seed))
    failed = [(seed, r.name, r.status) for seed, results in by_seed.items() for r in results if r.status != "ok"]
    for seed, name, status in failed:
        print(f"FAILED: {name} with seed {seed}: {status}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
