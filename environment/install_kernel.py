"""Installs the Jupyter kernelspec "java" ("Java (nnlab)") into the active venv.

The spec starts JJava's kernel jar directly with the chosen JDK (no dependence on PATH), the JVM
options nnlab needs (the incubating Vector API module for the fast matrix products, heap size) and
a classpath holding nnlab.jar and its runtime dependencies. nnlab.jar registers its renderers
(plots, tables) through the kernel's extension mechanism, so notebooks need no setup code.
"""

import argparse
import json
import sys
from pathlib import Path

KERNEL_NAME = "java"
DISPLAY_NAME = "Java (nnlab)"
JVM_OPTIONS = ["--add-modules", "jdk.incubator.vector", "-Xmx6g", "-XX:+UseParallelGC",
               "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED"]
LOGGING = Path(__file__).resolve().parent / "kernel-logging.properties"
# The imports every notebook starts with; each notebook's first code cell lists them.
STARTUP = Path(__file__).resolve().parent / "kernel-startup.jsh"
CDS_ARCHIVE = "nnlab-kernel.jsa"


def kernelspec(java: str, kernel_dir: Path, root: Path) -> dict:
    classpath = [root / "lib" / "target" / "nnlab.jar", root / "lib" / "target" / "kernel-classpath" / "*"]
    # The class-data archive of kernel_cds.py (written by setup), when there is one: a faster start.
    archive = kernel_dir / CDS_ARCHIVE
    cds = [f"-XX:SharedArchiveFile={archive}", "-Xlog:cds=off"] if archive.is_file() else []
    return {
        "argv": [java, *JVM_OPTIONS, *cds, f"-Djava.util.logging.config.file={LOGGING}", "-jar", str(kernel_dir / "jjava.jar"), "{connection_file}"],
        "display_name": DISPLAY_NAME,
        "language": "java",
        "interrupt_mode": "message",
        "env": {
            "JJAVA_CLASSPATH": ":".join(str(p) for p in classpath),
            "JJAVA_COMPILER_OPTS": "-Xlint:none",
            "JJAVA_STARTUP_SCRIPTS_PATH": str(STARTUP),
        },
        "metadata": {"nnlab": {"root": str(root)}},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--java", required=True, help="absolute path of the java executable (JDK 17+)")
    parser.add_argument("--root", required=True, type=Path, help="the nnlab checkout")
    args = parser.parse_args()

    kernel_dir = (Path(sys.prefix) / "share" / "jupyter" / "kernels" / KERNEL_NAME).resolve()
    if not (kernel_dir / "jjava.jar").is_file():
        print(f"[setup] ERROR: {kernel_dir}/jjava.jar missing: is jjava installed in this venv?", file=sys.stderr)
        return 1
    spec_file = kernel_dir / "kernel.json"
    spec = kernelspec(args.java, kernel_dir, args.root.resolve())
    text = json.dumps(spec, indent=2) + "\n"
    if not spec_file.exists() or spec_file.read_text() != text:
        spec_file.write_text(text)
        print(f"[setup] kernel '{KERNEL_NAME}' ({DISPLAY_NAME}) installed in {kernel_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
