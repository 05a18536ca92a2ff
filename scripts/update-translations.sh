#!/usr/bin/env bash
# Refresh the translation sources (.ts) from the code and compile them (.qm) for the app.
#
#   scripts/update-translations.sh          update every docinspect/ui/i18n/docinspect_*.ts
#   scripts/update-translations.sh ru de    also start docinspect_ru.ts and docinspect_de.ts
#
# Translators edit the .ts files (pyside6-linguist, or any XML editor); the app loads the
# .qm for the user's locale at start. See docs/decisions/0006-ui-translations.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(dirname "$(command -v python3)")
for candidate in .venv/bin /work/venv/bin "$bin"; do
  if [ -x "$candidate/pyside6-lupdate" ]; then bin=$candidate; break; fi
done
dir=docinspect/ui/i18n
mkdir -p "$dir"
for lang in "$@"; do
  [ -f "$dir/docinspect_$lang.ts" ] || touch "$dir/.new_$lang"
done
targets=()
for ts in "$dir"/docinspect_*.ts; do [ -f "$ts" ] && targets+=("$ts"); done
for marker in "$dir"/.new_*; do
  [ -f "$marker" ] || continue
  lang=${marker##*/.new_}; rm "$marker"; targets+=("$dir/docinspect_$lang.ts")
done
[ ${#targets[@]} -gt 0 ] || { echo "no languages yet: pass one, e.g. $0 ru" >&2; exit 2; }
mapfile -t sources < <(find docinspect/ui -name '*.py' | sort)
"$bin/pyside6-lupdate" -locations relative "${sources[@]}" -ts "${targets[@]}"
for ts in "${targets[@]}"; do
  # Only translations marked finished ship: lupdate's same-text guesses from other
  # contexts stay "unfinished" until a translator has checked them.
  "$bin/pyside6-lrelease" -nounfinished "$ts" -qm "${ts%.ts}.qm"
done
