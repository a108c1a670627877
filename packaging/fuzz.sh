#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in build-fuzz/ and runs each for
# SECONDS (default 300), one after the other at low priority, then prints the executions
# and findings of each. The corpus each run grows stays in build-fuzz/fuzz-corpus/ (seeded
# from tests/fuzz/corpus/); findings land in build-fuzz/fuzz-findings/<target>/. Keep a
# finding, once fixed, in tests/data/fuzz-regressions/<target>/ so test_fuzz_regressions
# replays it. Usage: packaging/fuzz.sh [SECONDS] [TARGET…]
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${DUIBIAO_FUZZ_BUILD_DIR:-$top/build-fuzz}"
seconds="${1:-300}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_package_reader fuzz_package_listing fuzz_package_manifest fuzz_framework_json
             fuzz_unit_csv fuzz_unit_xlsx)
fi

if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DDUIBIAO_BUILD_TESTS=OFF -DDUIBIAO_BUILD_BENCHMARKS=OFF -DDUIBIAO_BUILD_FUZZERS=ON \
        $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
nice -n 10 cmake --build "$build" -j2 --target "${targets[@]}"

summary=()
status=0
for target in "${targets[@]}"; do
    corpus="$build/fuzz-corpus/$target"
    findings="$build/fuzz-findings/$target"
    log="$build/fuzz-logs/$target.log"
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    extra=()
    case "$target" in
    fuzz_package_listing | fuzz_package_manifest | fuzz_framework_json) extra=(-dict="$top/tests/fuzz/json.dict") ;;
    esac
    echo "== $target: ${seconds}s"
    # -timeout: one input taking longer is a finding (a hang); -rss_limit_mb: so is a
    # blow-up of memory. The run goes on after a finding (-fork with -ignore_crashes
    # would hide them), so a finding ends that target's run early.
    set +e
    QT_QPA_PLATFORM=offscreen nice -n 10 "$build/tests/fuzz/$target" \
        -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$findings/" "${extra[@]}" "$corpus" "$top/tests/fuzz/corpus/$target" \
        >"$log" 2>&1
    code=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    found=$(find "$findings" -type f | wc -l)
    [ "$found" -eq 0 ] && [ "$code" -eq 0 ] || status=1
    summary+=("$(printf '%-24s %12s executions  %3s findings  exit %s' "$target" "${runs:-?}" "$found" "$code")")
done

echo
printf '%s\n' "${summary[@]}"
echo "logs: $build/fuzz-logs/  findings: $build/fuzz-findings/"
exit $status
