#!/usr/bin/env bash
# pre-commit hook (.pre-commit-hooks.yaml): reviews the staged Java files pre-commit passes.
# Environment: JATOMICS_JAR, FAIL_ON (default warning).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/reviewer.sh"
[ "$#" -gt 0 ] || exit 0
jatomics review --no-progress --fail-on "${FAIL_ON:-warning}" "$@"
