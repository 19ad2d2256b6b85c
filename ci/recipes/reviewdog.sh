#!/usr/bin/env bash
# reviewdog: comments and suggested changes on the pull request's added lines.
#   ci/recipes/reviewdog.sh [PATH...]          (default: .)
# Environment: JATOMICS_JAR, REVIEWDOG_GITHUB_API_TOKEN (for reviewdog),
# REVIEWDOG_REPORTER (default github-pr-review), FAIL_LEVEL (default error).
# pipefail: a reviewer that fails (exit 2 or 3) fails the job instead of hiding behind
# reviewdog's exit status.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/reviewer.sh"
jatomics review --no-progress --format rdjsonl --fail-on never "${@:-.}" \
  | reviewdog -f=rdjsonl -name=jatomics -reporter="${REVIEWDOG_REPORTER:-github-pr-review}" \
      -filter-mode=added -fail-level="${FAIL_LEVEL:-error}"
