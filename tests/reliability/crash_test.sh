#!/bin/sh
# The long form of the crash test (issue 7): the same driver as ctest's short form, with
# more kills. Usage: tests/reliability/crash_test.sh [kills] (default 500).
# BUILD_DIR (default: build) is the configured build folder; DUIBIAO_CRASH_SEED repeats a
# run. Prints the seed first and the figures (kills survived, edits checked) last.
# The programs run from a copy, so rebuilding while the test runs does not disturb it.
set -eu
kills=${1:-500}
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$here/build}
cmake --build "$build" --target test_reliability reliability_worker duibiao
copy=$(mktemp -d "${TMPDIR:-/tmp}/duibiao-crash-XXXXXX")
trap 'rm -rf "$copy"' EXIT
cp "$build/tests/test_reliability" "$build/tests/reliability_worker" "$build/app/duibiao" "$copy/"
export DUIBIAO_CRASH_KILLS="$kills"
export DUIBIAO_RELIABILITY_WORKER="$copy/reliability_worker"
export DUIBIAO_EXECUTABLE="$copy/duibiao"
export QT_QPA_PLATFORM=offscreen
"$copy/test_reliability" "crash: every committed edit survives SIGKILL at random moments"
