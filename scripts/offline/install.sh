#!/bin/sh
# Install or upgrade DocInspect from this folder, without the internet (Linux).
#
#   sh install.sh            install for this user
#
# DOCINSPECT_PREFIX chooses where the program goes (default ~/.local/share/DocInspect-app);
# PYTHON chooses the interpreter (default python3, 3.11 or newer). Your data folder
# (results, settings, packs) is never touched: DocInspect migrates its database at start.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${DOCINSPECT_PREFIX:-$HOME/.local/share/DocInspect-app}
python=${PYTHON:-python3}
new=$(cat "$here/VERSION")

if ! command -v "$python" >/dev/null 2>&1; then
  echo "install.sh: $python not found: install Python 3.11 or newer first (see README.txt)" >&2
  exit 2
fi
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "install.sh: $("$python" --version 2>&1) is too old: DocInspect needs Python 3.11 or newer" >&2
  exit 2
fi
if command -v sha256sum >/dev/null 2>&1; then
  if ! (cd "$here" && grep -v '  SHA256SUMS$' SHA256SUMS | sha256sum -c --quiet -); then
    echo "install.sh: the bundle is damaged (a file does not match SHA256SUMS); copy it again" >&2
    exit 2
  fi
fi

old=""
if [ -x "$prefix/venv/bin/python" ]; then
  # -I: isolated, so a docinspect folder in the current directory is not what is asked.
  old=$("$prefix/venv/bin/python" -I -c 'from importlib.metadata import version; print(version("docinspect"))' 2>/dev/null || true)
fi
if [ -n "$old" ]; then
  # A downgrade would leave a database of a newer schema that the older program cannot read.
  if ! "$python" - "$old" "$new" <<'EOF'
import sys
def v(text): return tuple(int(p) for p in text.split(".") if p.isdigit())
sys.exit(1 if v(sys.argv[2]) < v(sys.argv[1]) else 0)
EOF
  then
    echo "install.sh: DocInspect $old is installed; this bundle is the older $new. Refused:" \
      "a downgrade could leave results the older version cannot read." >&2
    exit 2
  fi
fi

[ -x "$prefix/venv/bin/python" ] || "$python" -m venv "$prefix/venv"
PIP_NO_INDEX=1 "$prefix/venv/bin/python" -m pip install --quiet --disable-pip-version-check \
  --no-index --find-links "$here/wheels" --upgrade docinspect

# Launchers: a command on the PATH, the applications menu, and the desktop.
mkdir -p "$HOME/.local/bin" "$HOME/.local/share/applications"
ln -sf "$prefix/venv/bin/docinspect" "$HOME/.local/bin/docinspect"
desktop="[Desktop Entry]
Type=Application
Name=DocInspect
Comment=Trainer: genuine and forged travel documents
Exec=$prefix/venv/bin/docinspect
Terminal=false
Categories=Education;"
printf '%s\n' "$desktop" > "$HOME/.local/share/applications/docinspect.desktop"
if [ -d "$HOME/Desktop" ]; then
  printf '%s\n' "$desktop" > "$HOME/Desktop/docinspect.desktop"
  chmod +x "$HOME/Desktop/docinspect.desktop"
fi

if [ -z "$old" ]; then
  echo "installed DocInspect $new in $prefix"
elif [ "$old" = "$new" ]; then
  echo "DocInspect $new was installed already; reinstalled it in $prefix"
else
  echo "upgraded DocInspect $old -> $new in $prefix; your results and packs are kept, and the"
  echo "results database is brought up to date when DocInspect next starts"
fi
"$prefix/venv/bin/docinspect" --version
