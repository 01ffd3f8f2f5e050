"""Creates the class-data-sharing archive that makes the "java" kernel start faster.

Starts the installed kernel once with -XX:ArchiveClassesAtExit, runs a cell like a notebook's
first plot cell (JShell's compiler, the kernel, Tablesaw and Jackson get loaded), and shuts the
kernel down cleanly: at exit the JVM writes the classes it loaded, already parsed and verified, to
the archive. install_kernel.py then starts the kernel with -XX:SharedArchiveFile=<archive>. A JVM
that cannot use the archive (another JDK, a changed jjava.jar) ignores it and starts as before.
"""

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from install_kernel import CDS_ARCHIVE
CELL = """import org.nnlab.plot.*;
import java.util.function.DoubleUnaryOperator;
FunctionPlots.of("ReLU", "y", java.util.Map.<String, DoubleUnaryOperator>of("relu", x -> Math.max(0, x)), -3, 3)"""


def create(kernel_dir: Path) -> int:
    spec = json.loads((kernel_dir / "kernel.json").read_text())
    archive = kernel_dir.resolve() / CDS_ARCHIVE
    argv = [a for a in spec["argv"] if not a.startswith(("-XX:SharedArchiveFile=", "-Xlog:cds"))]
    spec["argv"] = [argv[0], f"-XX:ArchiveClassesAtExit={archive}", "-Xlog:cds=off", *argv[1:]]
    with tempfile.TemporaryDirectory() as tmp:
        spec_dir = Path(tmp) / "kernels" / "nnlab-cds"
        spec_dir.mkdir(parents=True)
        (spec_dir / "kernel.json").write_text(json.dumps(spec))
        os.environ["JUPYTER_PATH"] = tmp
        from jupyter_client.manager import KernelManager
        manager = KernelManager(kernel_name="nnlab-cds")
        manager.shutdown_wait_time = 600  # writing the archive takes seconds, minutes on a very busy machine
        manager.start_kernel()
        try:
            client = manager.client()
            client.start_channels()
            client.wait_for_ready(timeout=600)
            reply = client.execute_interactive(CELL, timeout=600, output_hook=lambda msg: None)
            if reply["content"]["status"] != "ok":
                print(f"[setup] warning: the CDS training cell failed: {reply['content']}", file=sys.stderr)
            client.stop_channels()
        finally:
            manager.shutdown_kernel(now=False)  # a clean exit, so the JVM writes the archive
    if not archive.is_file():
        print(f"[setup] no class-data archive was written to {archive}", file=sys.stderr)
        return 1
    print(f"[setup] kernel class-data archive written: {archive}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kernel-dir", required=True, type=Path)
    return create(parser.parse_args().kernel_dir)


if __name__ == "__main__":
    sys.exit(main())
