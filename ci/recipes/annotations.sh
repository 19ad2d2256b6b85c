#!/usr/bin/env bash
# GitHub workflow annotations on the lines a pull request adds or changes (no token, no upload).
#   ci/recipes/annotations.sh [PATH...]        (default: .)
# Environment: JATOMICS_JAR, BASE_REF (default origin/main: the pull request's base; fetch it
# first, e.g. actions/checkout with fetch-depth: 0), FAIL_ON (default error).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/reviewer.sh"
jatomics review --no-progress --format github --diff-base "${BASE_REF:-origin/main}" \
  --fail-on "${FAIL_ON:-error}" "${@:-.}"
