"""Seconds from a Jupyter kernel start request to the first plot's display message.

Run with the notebook venv's Python (it has jupyter_client and the "java" kernelspec). Each run
starts a fresh "java" kernel, sends one cell that imports nnlab and draws a function plot (what a
notebook's first plot cell does), and stops the clock at the first iopub message carrying a plotly
figure. Prints one line per run: the wall-clock seconds and the kernel process's CPU seconds
(user + system, all its threads) up to that message; on a busy machine the second says more.
"""

import argparse
import os
import queue
import sys
import time

from jupyter_client.manager import KernelManager

CELL = """import org.nnlab.plot.*;
import java.util.function.DoubleUnaryOperator;
FunctionPlots.of("ReLU", "y", java.util.Map.<String, DoubleUnaryOperator>of("relu", x -> Math.max(0, x)), -3, 3)"""
PLOTLY = "application/vnd.plotly.v1+json"
TIMEOUT = 120


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def first_plot(kernel_name):
    started = time.perf_counter()
    manager = KernelManager(kernel_name=kernel_name)
    manager.start_kernel()
    try:
        client = manager.client()
        client.start_channels()
        msg_id = client.execute(CELL)
        while True:
            remaining = TIMEOUT - (time.perf_counter() - started)
            if remaining <= 0:
                raise SystemExit(f"no plot within {TIMEOUT} s")
            try:
                msg = client.get_iopub_msg(timeout=remaining)
            except queue.Empty:
                continue
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind in ("display_data", "execute_result") and PLOTLY in content.get("data", {}):
                return time.perf_counter() - started, cpu_seconds(manager.provisioner.pid)
            if kind == "error":
                raise SystemExit("the cell failed: " + content["ename"] + ": " + content["evalue"])
    finally:
        manager.shutdown_kernel(now=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kernel", default="java")
    args = parser.parse_args()
    for _ in range(args.runs):
        wall, cpu = first_plot(args.kernel)
        print(f"{wall:.3f} {cpu:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
