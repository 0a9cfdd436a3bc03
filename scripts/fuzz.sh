#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz": clang-14, ASan + UBSan) and runs each for SECONDS
# (default 60; pass more for a longer local run), seeded with the shipped packs, a few requests and
# the hostile seeds in tests/fuzz/corpus/. Crashes land in build/fuzz/crashes/.
#   scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target pack_loader_fuzz checker_fuzz ascii_segments_fuzz -j"${JOBS:-2}"

work=build/fuzz/corpus
mkdir -p "$work/pack" "$work/check" "$work/segments" build/fuzz/crashes
cp templates/*.json tests/data/*.json tests/data/packs/*.json "$work/pack/" 2>/dev/null || true
# Hostile seeds (issue #12): huge and out-of-range numbers and params, deep nesting, zero-width
# characters, lone surrogates, NULs; committed in tests/fuzz/corpus/<corpus>/.
cp tests/fuzz/corpus/pack/* "$work/pack/"
cp tests/fuzz/corpus/check/* "$work/check/"
cp tests/fuzz/corpus/segments/* "$work/segments/"
# Checker seeds: the first byte picks the channel; the rest is a request line or a draft.
i=0
while IFS= read -r line; do
  printf 'x%s' "$line" > "$work/check/request-$i"
  i=$((i + 1))
done < tests/data/batch-requests.jsonl
printf '\001Hi Sam, SORRY!!! per our policy, call 0800 123 4567 https://bit.ly/x 😀 ^JD' > "$work/check/draft-0"
# Segmentation seeds: replies with the constructs the ASCII fast path must get right.
cp tests/data/draft-*.txt "$work/segments/" 2>/dev/null || true
printf 'Hi @sam_k! Order #1,000.50 ships at 6:40pm... e.g. x@y.com, U.S. "Done." (ok.)\r\nit'"'"'s a_1 1_ __ v2.0' > "$work/segments/mixed-0"

for target in pack_loader_fuzz checker_fuzz ascii_segments_fuzz; do
  corpus="$work/pack"
  [ "$target" = checker_fuzz ] && corpus="$work/check"
  [ "$target" = ascii_segments_fuzz ] && corpus="$work/segments"
  echo "== $target for ${seconds}s"
  rc=0
  "build/fuzz/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
    -artifact_prefix=build/fuzz/crashes/"$target"- -print_final_stats=1 > build/fuzz/"$target".log 2>&1 || rc=$?
  grep -E '^(==[0-9]+==|SUMMARY|stat::number_of_executed_units)' build/fuzz/"$target".log || true
  # libFuzzer exits non-zero on a crash, a leak or a timeout (a hang).
  [ "$rc" = 0 ] || { echo "fuzz: $target FAILED (see build/fuzz/$target.log and build/fuzz/crashes/)"; exit 1; }
  runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' build/fuzz/"$target".log)
  echo "fuzz: $target ok (${runs:-?} inputs in ${seconds}s)"
done
