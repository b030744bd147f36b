#!/usr/bin/env bash
# Sets up the project's environment if needed, then starts the desktop application.
#   scripts/start.sh            the app on your own encrypted store (first run: set-up assistant)
#   scripts/start.sh --demo     a throw-away store filled with fictitious case files
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup-env.sh"
exec "$root/.venv/bin/dedans-dehors-desktop" "$@"
