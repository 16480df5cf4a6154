#!/bin/sh
# Resident memory and heap of the ingest command (issue 9): run by a person, never by the tests.
# usage: examples/benchmarks/scripts/memory.sh FILE [THREADS] [EXTRA JVM OPTIONS...]
# Prints the peak resident set (from /usr/bin/time -v) and the largest heap before and after a
# collection (from -Xlog:gc).
set -eu
file=$1; threads=${2:-1}; shift; [ $# -gt 0 ] && shift
jar=$(dirname "$0")/../../cli/target/baozhang-cli.jar
log=$(mktemp)
/usr/bin/time -v java -Xmx256m "$@" -Xlog:gc:file="$log" -jar "$jar" ingest "$file" --profile national \
    --period 1999-07 --threads "$threads" --out /dev/null 2> "$log.time" || true
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log.time")
wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$log.time")
before=$(sed -n 's/.* \([0-9]*\)M->\([0-9]*\)M(\([0-9]*\)M).*/\1/p' "$log" | sort -n | tail -1)
after=$(sed -n 's/.* \([0-9]*\)M->\([0-9]*\)M(\([0-9]*\)M).*/\2/p' "$log" | sort -n | tail -1)
gcs=$(grep -c 'Pause' "$log" || true)
echo "file=$file threads=$threads opts=$* rss=$((rss / 1024))MiB wall=$wall heapBeforeGcMax=${before:-?}M heapAfterGcMax=${after:-?}M pauses=$gcs"
grep -v "Command being timed" "$log.time" | grep -i "rows read" || true
rm -f "$log" "$log.time"
