#!/usr/bin/env bash
# Writing Nook set-up. Installs only what is missing, then does one thing:
#   bash packaging/nook.sh run  [app flags]    start the app on its default library
#   bash packaging/nook.sh test [pytest args]  run the tests
#   bash packaging/nook.sh bench               print the benchmark figures as one table
#   bash packaging/nook.sh bundle              build the one-folder app bundle (PyInstaller)
#   bash packaging/nook.sh translations        phrases from the code into nook/translations/*.ts, then .qm
# System packages come from apt on Debian/Ubuntu (as root, or through sudo); Python
# packages go into .venv beside this checkout. A second run installs nothing new.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
COMMAND=${1:-run}
shift || true
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

say() { printf 'nook: %s\n' "$*" >&2; }

# What Qt's widgets, SVG, multimedia and print support load on Linux, speech
# (espeak-ng), colour emoji in names and words (without an emoji font Qt draws empty
# boxes; 10 MB, so the system's, not the bundle's: it would take the bundle over 65 MB),
# and the virtual screen used when there is no real one.
APT_RUN=(
  espeak-ng libespeak-ng1 fonts-noto-color-emoji libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xfixes0
  libxcb-sync1 libxrandr2 libwayland-client0 libpulse0 libcups2 libdrm2 libsndfile1
  libmp3lame0 libopus0 libvorbisenc2 libmpg123-0
)
# For the tests: a PulseAudio null sink gives a real audio device without a sound
# card; poppler and qpdf check exported PDFs, epubcheck (Java) the talking books; Xvfb
# for screenshots.
APT_TEST=(pulseaudio pulseaudio-utils poppler-utils qpdf epubcheck xvfb xauth dbus-daemon dbus-bin at-spi2-core python3-dbus)
APT_HEADLESS=(xvfb xauth)

apt_missing() {
  # One dpkg-query for them all: one a package took ~1-2 s of every run of the tests.
  # Newer Ubuntu renamed some libraries with a t64 suffix: either name will do.
  local pkg missing=() line
  local -A installed=()
  while read -r line; do
    [[ $line == *" install ok installed" ]] && installed[${line%% *}]=1
  done < <(dpkg-query -W -f='${Package} ${Status}\n' "$@" "${@/%/t64}" 2>/dev/null)
  for pkg in "$@"; do
    [ -n "${installed[$pkg]:-}" ] || [ -n "${installed[${pkg}t64]:-}" ] || missing+=("$pkg")
  done
  printf '%s\n' "${missing[@]}"
}

install_system() {
  command -v apt-get >/dev/null 2>&1 || { say "not Debian/Ubuntu: install espeak-ng yourself if speech is wanted"; return 0; }
  local missing
  mapfile -t missing < <(apt_missing "$@" | sed '/^$/d')
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      say "please install these system packages as root: ${missing[*]}"; return 0
    fi
  fi
  say "installing system packages: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  local resolved=() pkg
  for pkg in "${missing[@]}"; do
    if apt-cache show "$pkg" >/dev/null 2>&1; then resolved+=("$pkg")
    elif apt-cache show "${pkg}t64" >/dev/null 2>&1; then resolved+=("${pkg}t64")
    else say "no package $pkg here; skipping it"; fi
  done
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${resolved[@]}" >/dev/null
}

find_python() {
  local candidate
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  say "Writing Nook needs Python 3.11 or newer"; exit 1
}

install_python() {
  local extras=$1
  if [ ! -x "$PY" ]; then
    local python; python=$(find_python)
    if ! "$python" -m venv "$VENV" >/dev/null 2>&1; then
      install_system python3-venv
      rm -rf "$VENV"; "$python" -m venv "$VENV"
    fi
  fi
  # Reinstall only when the pinned dependencies changed.
  local stamp="$VENV/.nook-deps-$extras"
  local want; want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  say "installing Python packages into .venv"
  local deps
  deps=$("$PY" - "$extras" <<'PYEOF'
import sys, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
deps = list(project["dependencies"])
for extra in filter(None, sys.argv[1].split(",")):
    deps += project["optional-dependencies"][extra]
deps += tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"]
print("\n".join(deps))
PYEOF
)
  mapfile -t deps <<<"$deps"
  "$PY" -m pip install -q --disable-pip-version-check "${deps[@]}"
  echo "$want" > "$stamp"
}

compile_app() {
  # Bytecode for the app, as pip writes for an installed package: a start need not
  # compile the source again (some environments set PYTHONDONTWRITEBYTECODE).
  "$PY" -m compileall -q nook >/dev/null || true
}

start_null_sink() {
  # A real audio device on a machine without a sound card: PulseAudio's null sink.
  command -v pulseaudio >/dev/null 2>&1 || return 0
  if ! pactl info >/dev/null 2>&1; then
    pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit --log-target=stderr \
      --log-level=error >/dev/null 2>&1 || true
    for _ in $(seq 1 25); do pactl info >/dev/null 2>&1 && break; sleep 0.2; done
  fi
  pactl info >/dev/null 2>&1 || { say "no sound server; speech tests will use the clock"; return 0; }
  # PulseAudio's module-always-sink makes a placeholder sink, auto_null, when there is no
  # other, and unloads it the moment any other sink appears: every test that loads a null
  # sink of its own (the recording tests) would take the default away from the tests
  # running beside it (their sound went into its sink, or failed to connect). A null
  # sink of our own, made the default, stays the default while others come and go.
  local default
  default=$(pactl info 2>/dev/null | sed -n 's/^Default Sink: //p')
  if [ -z "$(pactl list short sinks 2>/dev/null)" ] || [ "$default" = "auto_null" ]; then
    if ! pactl list short sinks 2>/dev/null | cut -f2 | grep -qx nook_null; then
      pactl load-module module-null-sink sink_name=nook_null >/dev/null 2>&1 || true
    fi
    pactl set-default-sink nook_null >/dev/null 2>&1 || true
  fi
}

case "$COMMAND" in
  run)
    if [ "$(uname -s)" = "Linux" ]; then
      install_system "${APT_RUN[@]}"
      if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        install_system "${APT_HEADLESS[@]}"
      fi
    fi
    install_python ""
    compile_app
    if [ "$(uname -s)" = "Linux" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      say "no screen found: starting Writing Nook on a virtual screen (Xvfb); press Ctrl+C to stop"
      exec xvfb-run -a -s "-screen 0 1280x800x24" "$PY" -m nook "$@"
    fi
    exec "$PY" -m nook "$@"
    ;;
  test)
    if [ "$(uname -s)" = "Linux" ]; then install_system "${APT_RUN[@]}" "${APT_TEST[@]}"; start_null_sink; fi
    install_python "test"
    set +e
    # Bytecode is kept for the tests too (in __pycache__, which git ignores): some
    # environments set PYTHONDONTWRITEBYTECODE, and then every run, and every process the
    # tests start, compiles and assertion-rewrites all of it again (~5 s of CPU a time).
    QT_QPA_PLATFORM=offscreen env -u PYTHONDONTWRITEBYTECODE "$PY" -m pytest "$@"
    status=$?
    set -e
    # pytest's 5 means no test ran: that is not a pass.
    [ "$status" -eq 5 ] && say "no tests ran" && exit 1
    exit "$status"
    ;;
  bench)
    if [ "$(uname -s)" = "Linux" ]; then install_system "${APT_RUN[@]}" "${APT_TEST[@]}"; start_null_sink; fi
    install_python "test"
    compile_app
    # One table of every figure against its budget and a bare window of the same run
    # (tests/benchmarks/table.py); each bench_*.py also runs alone and prints more.
    "$PY" tests/benchmarks/table.py
    ;;
  bundle)
    if [ "$(uname -s)" = "Linux" ]; then install_system "${APT_RUN[@]}"; fi
    install_python ""
    "$PY" -m pip install -q --disable-pip-version-check pyinstaller==6.22.3
    out="$ROOT/dist"
    "$PY" -m PyInstaller --noconfirm --log-level ERROR --distpath "$out" --workpath "$ROOT/build/pyinstaller" \
      packaging/nook.spec
    # Symbols off every binary but FFmpeg's (strip breaks libavutil's load commands: see
    # nook.spec), then every shared library must still load (a missing system library of an
    # optional plugin, Wayland or GTK, is the system's to give and is not checked here).
    find "$out/writing-nook" -type f \( -name '*.so' -o -name '*.so.*' \) \
      ! -name 'libav*' ! -name 'libsw*' ! -name 'libpostproc*' -exec strip --strip-unneeded {} + 2>/dev/null || true
    broken=$(cd "$out/writing-nook/_internal" && find . -type f \( -name '*.so' -o -name '*.so.*' \) \
      -exec sh -c 'LD_LIBRARY_PATH=PySide6/Qt/lib:. ldd "$1" 2>&1 | grep "not page-aligned" | sed "s|^|$1: |"' _ {} \;)
    if [ -n "$broken" ]; then echo "$broken"; say "libraries in the bundle do not load (above)"; exit 1; fi
    # The release smoke test: the frozen app starts on a fresh library, shows the shelf,
    # quits cleanly, and logs no problem (speech included).
    smoke=$(mktemp -d)
    QT_QPA_PLATFORM=offscreen "$out/writing-nook/nook" --smoke --data-dir "$smoke"
    if grep -E "WARNING|ERROR" "$smoke/nook.log" | grep -v "propagateSizeHints"; then
      say "the frozen app logged problems (above)"; exit 1
    fi
    # What Qt loads at run time: the spec keeps out the plugins that pull in Qt Quick,
    # Qml and QtPdf (and what a child's laptop never uses); here is what is left.
    echo "Qt plugins in the bundle:"
    (cd "$out/writing-nook" && find . -path '*plugins/*' -name '*.so' | sed 's|.*/plugins/|  |' | sort)
    archive="$out/writing-nook-$(uname -s | tr 'A-Z' 'a-z')-$(uname -m).tar.xz"
    XZ_OPT="-6 -T0" tar -C "$out" -cJf "$archive" writing-nook
    size=$(du -m "$archive" | cut -f1)
    echo "bundle: $archive"
    echo "bundle size, compressed: ${size} MB  budget 65 MB; unpacked: $(du -sm "$out/writing-nook" | cut -f1) MB"
    ;;
  translations)
    # The .ts and .qm files are committed (a wheel's isolated build has no Qt tools);
    # this brings them up to date after phrases change: see packaging/translations.py.
    install_python ""
    "$PY" packaging/translations.py "$@"
    ;;
  *)
    say "usage: bash packaging/nook.sh run|test|bench|bundle|translations [args]"; exit 2 ;;
esac
