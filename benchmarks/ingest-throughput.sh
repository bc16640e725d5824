#!/usr/bin/env bash
# End-to-end ingest throughput and peak memory (issue 7; benchmarks/README.md, "Ingest throughput and memory").
#
# Publishes the CLI in Release once, generates simulated exports of N contacts with transcripts of about 6 KB
# (`ia generate --transcript-bytes 6144`, cached between runs), ingests each into a fresh SQLite file and, when
# IA_BENCH_POSTGRES holds a PostgreSQL connection string, into a fresh PostgreSQL database, with classification on
# (ingest's default), under GNU time. Every ingest is followed by a rerun over the same database (everything
# unchanged). Prints a Markdown table, plus the machine it ran on.
#
# Usage:
#   benchmarks/ingest-throughput.sh                     # N = 20,000 and 200,000
#   benchmarks/ingest-throughput.sh --full              # N = 20,000, 200,000 and 1,000,000 (a quiet machine, tens of minutes)
#   benchmarks/ingest-throughput.sh --sizes "20000"     # any sizes
#   benchmarks/ingest-throughput.sh --sqlite-only       # skip PostgreSQL even when IA_BENCH_POSTGRES is set
#   IA_BENCH_POSTGRES="Host=127.0.0.1;Port=5432;Username=ia;Password=ia-test;Database=postgres" benchmarks/ingest-throughput.sh
#
# Options: --work <dir> (default /tmp/ia-bench: the published CLI, exports, databases, logs), --transcript-bytes <n>
# (default 6144), --seed <n> (default 5), --no-rerun, --no-publish (reuse <work>/bin).
# The PostgreSQL role needs CREATEDB: each run drops and creates the database ia_bench_<N>.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=/tmp/ia-bench
sizes="20000 200000"
transcript_bytes=6144
seed=5
rerun=1
publish=1
sqlite_only=0

while [ $# -gt 0 ]; do
  case "$1" in
    --full) sizes="20000 200000 1000000" ;;
    --sizes) sizes="$2"; shift ;;
    --work) work="$2"; shift ;;
    --transcript-bytes) transcript_bytes="$2"; shift ;;
    --seed) seed="$2"; shift ;;
    --no-rerun) rerun=0 ;;
    --no-publish) publish=0 ;;
    --sqlite-only) sqlite_only=1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

postgres="${IA_BENCH_POSTGRES:-}"
if [ "$sqlite_only" -eq 1 ]; then postgres=""; fi

mkdir -p "$work"
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

# GNU time reports the peak resident set size; the shell's time keyword does not.
if ! /usr/bin/time -V >/dev/null 2>&1; then
  log "installing GNU time (Debian package 'time')"
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y time >/dev/null; else sudo apt-get install -y time >/dev/null; fi
fi

# The machine, recorded before anything starts: a loaded machine gives numbers that are not comparable.
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
cores=$(nproc)
read -r load1 load5 load15 _ < /proc/loadavg
memory_total=$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)
dotnet_version=$(dotnet --version)
warning=""
if awk -v l="$load1" 'BEGIN { exit !(l > 0.5) }'; then
  warning="load average ${load1} is above 0.5: other work is running, so these numbers are indicative only and not comparable"
  log "WARNING: $warning"
fi

ia="$work/bin/ia"
if [ "$publish" -eq 1 ] || [ ! -x "$ia" ]; then
  log "publishing the CLI (Release) to $work/bin"
  dotnet publish "$repo/src/InteractionAnalytics.Cli" -c Release -o "$work/bin" --nologo -v quiet >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 1; }
fi

# Exports are cached: the folder is reused when its marker records the same generator options.
generate() {
  local n=$1 days=$2 dir=$3
  local options="calls=$n days=$days seed=$seed transcript-bytes=$transcript_bytes"
  if [ -f "$dir/.ia-bench-options" ] && [ "$(cat "$dir/.ia-bench-options")" = "$options" ]; then
    log "export $dir exists ($options), reused"
    return
  fi
  rm -rf "$dir"
  log "generating $dir ($options)"
  "$ia" generate --out "$dir" --calls "$n" --days "$days" --seed "$seed" --transcript-bytes "$transcript_bytes" >&2
  echo "$options" >"$dir/.ia-bench-options"
}

# Value of a key in an ADO.NET connection string (keys case-insensitive, first alias found wins).
connection_value() {
  local string=$1; shift
  local key
  for key in "$@"; do
    local value
    value=$(echo "$string" | tr ';' '\n' | awk -F= -v k="$key" 'tolower($1) == tolower(k) { sub(/^[^=]*=/, ""); print; exit }')
    if [ -n "$value" ]; then echo "$value"; return; fi
  done
}

# Drops and creates database $1 on the IA_BENCH_POSTGRES server; prints its connection string.
fresh_postgres_database() {
  local name=$1
  local host port user password
  host=$(connection_value "$postgres" Host Server)
  port=$(connection_value "$postgres" Port)
  user=$(connection_value "$postgres" Username "User ID" User)
  password=$(connection_value "$postgres" Password)
  PGPASSWORD="$password" psql -q -h "${host:-127.0.0.1}" -p "${port:-5432}" -U "$user" -d postgres -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name" >&2
  echo "Host=${host:-127.0.0.1};Port=${port:-5432};Username=$user;Password=$password;Database=$name"
}

# Runs one ingest under GNU time; appends a table row. $1 backend, $2 n, $3 export, $4 --db value, $5 run label.
rows=()
measure() {
  local backend=$1 n=$2 export_dir=$3 db=$4 run=$5
  local stamp="$work/ingest-$backend-$n-$run"
  log "ingest $backend, $n contacts, $run"
  /usr/bin/time -v -o "$stamp.time" "$ia" ingest "$export_dir" --db "$db" >"$stamp.log" 2>&1 \
    || { log "ingest failed; see $stamp.log"; tail -n 20 "$stamp.log" >&2; exit 1; }
  local wall rss
  # GNU time prints wall clock as h:mm:ss or m:ss.ss.
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$stamp.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$stamp.time")
  # CPU seconds (user + system) depend much less on other load than wall time does.
  local cpu
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$stamp.time")
  local rate
  rate=$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%.0f", n / w }')
  local size
  size=$(du -sb "$export_dir" | awk '{ printf "%.0f MB", $1 / 1000000 }')
  rows+=("| $backend | $size | $(printf "%'d" "$n" 2>/dev/null || echo "$n") | $run | $wall | $rate | $cpu | $rss MB |")
  log "  $wall s, $rate contacts/s, $cpu CPU s, peak RSS $rss MB ($(tail -n 1 "$stamp.log"))"
}

for n in $sizes; do
  # About 7,000 contacts a day, at least a week (the size of a mid-sized center's night).
  days=$(( n / 7000 )); if [ "$days" -lt 7 ]; then days=7; fi
  export_dir="$work/export-$n-$transcript_bytes-seed$seed"
  generate "$n" "$days" "$export_dir"

  db="$work/ingest-$n.db"
  rm -f "$db" "$db-wal" "$db-shm"
  measure sqlite "$n" "$export_dir" "$db" first
  if [ "$rerun" -eq 1 ]; then measure sqlite "$n" "$export_dir" "$db" "rerun (unchanged)"; fi

  if [ -n "$postgres" ]; then
    connection=$(fresh_postgres_database "ia_bench_$n")
    measure postgresql "$n" "$export_dir" "$connection" first
    if [ "$rerun" -eq 1 ]; then measure postgresql "$n" "$export_dir" "$connection" "rerun (unchanged)"; fi
  fi
done

echo
echo "Machine: $cpu_model, $cores cores (nproc), $memory_total; load average before start $load1 / $load5 / $load15 (1 / 5 / 15 min); .NET SDK $dotnet_version; $(date -u +%Y-%m-%dT%H:%MZ)."
if [ -n "$warning" ]; then echo; echo "**Warning:** $warning."; fi
echo "Exports: \`ia generate --transcript-bytes $transcript_bytes --seed $seed\` (mean JSON transcript about $transcript_bytes bytes); ingest with classification on (the default)."
echo
echo "| database | export size | contacts | run | wall s | contacts/s | CPU s (user + sys) | peak RSS |"
echo "|---|---:|---:|---|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
