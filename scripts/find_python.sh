#!/usr/bin/env bash
# Print the path of a Python 3.12 or 3.13 interpreter, or explain and fail.
# Django 6 needs Python 3.12+; a plain `python3` may be older and would silently get Django 5.
set -uo pipefail

works() {
    "$1" -c 'import sys; sys.exit(0 if (3, 12) <= sys.version_info[:2] < (3, 14) else 1)' \
        >/dev/null 2>&1
}

candidates=()
[ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
candidates+=(python3.12 python3.13)
# pyenv installs versions without putting them on PATH; look there too.
pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}"
for dir in "$pyenv_root"/versions/3.12* "$pyenv_root"/versions/3.13*; do
    [ -d "$dir" ] && candidates+=("$dir/bin/python3")
done
candidates+=(/usr/bin/python3.12 /usr/bin/python3.13 /usr/local/bin/python3.12 /usr/local/bin/python3.13)

for candidate in "${candidates[@]}"; do
    path="$(command -v "$candidate" 2>/dev/null)" || continue
    if works "$path"; then
        "$path" -c 'import sys; print(sys.executable)'
        exit 0
    fi
done

echo "Python 3.12 or 3.13 is required (Django 6 does not run on older versions)." >&2
echo "Install one (for example 'apt-get install python3.12' or 'pyenv install 3.12')," >&2
echo "or point PYTHON at it: make run PYTHON=/path/to/python3.12" >&2
exit 1
