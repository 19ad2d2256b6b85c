#!/usr/bin/env bash
# GitHub code scanning: writes SARIF for github/codeql-action/upload-sarif.
#   ci/recipes/code-scanning.sh [PATH...]     (default: .)
# Environment: JATOMICS_JAR, SARIF (default jatomics.sarif), FAIL_ON (default never: code
# scanning shows the findings; the upload step must still run). Exit status: the reviewer's
# (0 clean, 1 findings at FAIL_ON, 2 unreadable input or bad usage, 3 internal error).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/reviewer.sh"
jatomics review --no-progress --format sarif --output "${SARIF:-jatomics.sarif}" \
  --fail-on "${FAIL_ON:-never}" "${@:-.}"
