#!/usr/bin/env bash
# The cluster test: a real Slurm on this machine runs the map and the merge, and the result must
# equal a single-machine run byte for byte.
#
#   bash scripts/slurm-test.sh [--docs 3000]        (as root; CI runs it from .ci/run)
#
# 1. installs Slurm and munge from Debian's packages (apt-get), unless they are there;
# 2. starts munged (if none runs) and a one-node cluster of its own: slurmctld and slurmd with a
#    configuration in a temporary folder, on ports of its own, so it touches no other Slurm;
# 3. generates DOCS articles with scripts/make-corpus.mjs and exports them on one machine;
# 4. submits the map (scripts/slurm/map.sbatch) as a job array of 4 and the merge
#    (scripts/slurm/merge.sbatch) as a job array of 2, each with `sbatch --wait`;
# 5. puts the partitions' meetings in order (merge --meetings) and compares with the single run.
# Whatever cannot be done (no apt, no daemon, a node that never comes up, a failed job) fails the
# test with the reason and the end of the log that says it: it is never skipped.

set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DOCS=3000
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) DOCS="$2"; shift 2 ;;
    *) echo "slurm-test: unknown argument $1" >&2; exit 2 ;;
  esac
done

WORK="$(mktemp -d /tmp/meetings-slurm-XXXXXX)"
chmod 755 "$WORK"
STARTED_PIDS=()
say() { printf 'slurm-test: %s\n' "$*" >&2; }
fail() {
  say "FAILED: $1"
  for log in "${@:2}"; do
    [ -f "$log" ] && { say "--- end of $log"; tail -n 30 "$log" >&2; }
  done
  exit 1
}
cleanup() {
  local code=$?
  for pid in "${STARTED_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${STARTED_PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  if [ "$code" -eq 0 ]; then rm -rf "$WORK"; else say "left $WORK for a look"; fi
}
trap cleanup EXIT

[ "$(id -u)" -eq 0 ] || fail "must run as root (to install packages and start slurmd)"

# 1. Packages.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  say "installing slurmctld, slurmd, slurm-client and munge from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >"$WORK/apt.log" 2>&1 || fail "apt-get update failed" "$WORK/apt.log"
  apt-get install -y -q --no-install-recommends slurmctld slurmd slurm-client munge >>"$WORK/apt.log" 2>&1 ||
    fail "apt-get install of slurm and munge failed" "$WORK/apt.log"
fi
say "$(dpkg-query -W -f '${Package} ${Version}' slurmctld 2>/dev/null || slurmctld -V)"

# 2. munge: the key, then the daemon (as the munge user, as Debian's service runs it).
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  if [ ! -s /etc/munge/munge.key ]; then
    mkdir -p /etc/munge
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=128 status=none
  fi
  chown munge:munge /etc/munge /etc/munge/munge.key 2>/dev/null || true
  chmod 700 /etc/munge
  chmod 400 /etc/munge/munge.key
  mkdir -p /run/munge /var/log/munge /var/lib/munge
  chown munge:munge /run/munge /var/log/munge /var/lib/munge
  chmod 755 /run/munge
  runuser -u munge -- /usr/sbin/munged --force >"$WORK/munged.out" 2>&1 || fail "munged did not start" "$WORK/munged.out" /var/log/munge/munged.log
  for _ in $(seq 50); do [ -f /run/munge/munged.pid ] && break; sleep 0.1; done
  [ -f /run/munge/munged.pid ] && STARTED_PIDS+=("$(cat /run/munge/munged.pid)")
  munge -n | unmunge >/dev/null 2>&1 || fail "munge does not answer: munge -n | unmunge fails" /var/log/munge/munged.log
fi

# 3. A one-node cluster of our own.
NODE="$(slurmd -C | head -1)"
HOST="$(hostname -s)"
case "$NODE" in NodeName=*) ;; *) fail "slurmd -C did not describe this node: $NODE" ;; esac
mkdir -p "$WORK/state" "$WORK/spool"
export SLURM_CONF="$WORK/slurm.conf"
cat >"$SLURM_CONF" <<EOF
ClusterName=meetings-test
SlurmctldHost=$HOST
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/slurmctld.log
SlurmdLogFile=$WORK/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SwitchType=switch/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
SlurmdTimeout=60
$NODE State=UNKNOWN
PartitionName=test Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
slurmctld -f "$SLURM_CONF" >"$WORK/slurmctld.out" 2>&1 || fail "slurmctld did not start" "$WORK/slurmctld.out" "$WORK/slurmctld.log"
for _ in $(seq 50); do [ -s "$WORK/slurmctld.pid" ] && break; sleep 0.1; done
[ -s "$WORK/slurmctld.pid" ] || fail "slurmctld wrote no pid file" "$WORK/slurmctld.out" "$WORK/slurmctld.log"
STARTED_PIDS+=("$(cat "$WORK/slurmctld.pid")")
slurmd -f "$SLURM_CONF" >"$WORK/slurmd.out" 2>&1 || fail "slurmd did not start" "$WORK/slurmd.out" "$WORK/slurmd.log"
for _ in $(seq 50); do [ -s "$WORK/slurmd.pid" ] && break; sleep 0.1; done
[ -s "$WORK/slurmd.pid" ] || fail "slurmd wrote no pid file" "$WORK/slurmd.out" "$WORK/slurmd.log"
STARTED_PIDS+=("$(cat "$WORK/slurmd.pid")")
state=""
for _ in $(seq 60); do
  state="$(sinfo -h -n "$HOST" -o %t 2>/dev/null || true)"
  case "$state" in idle*|mix*|alloc*) break ;; esac
  sleep 1
done
case "$state" in idle*|mix*|alloc*) ;; *) fail "the node never came up (sinfo says '${state:-nothing}')" "$WORK/slurmctld.log" "$WORK/slurmd.log" ;; esac
say "cluster up: node $HOST $state, $(nproc) CPUs"

# 4. The corpus, and the single-machine run to compare with.
node "$ROOT/scripts/make-corpus.mjs" --out "$WORK/corpus" --docs "$DOCS" >&2
MEETINGS="node $ROOT/bin/meetings.js"
export MEETINGS_CACHE_DIR="$WORK/cache"
start=$SECONDS
$MEETINGS export "$WORK/corpus" --format json --no-cache --quiet >"$WORK/single.json" || fail "the single-machine export failed"
say "single machine: $(( SECONDS - start )) s"

# 5. The map as an array of 4, the merge as an array of 2.
OUT="$WORK/run"
mkdir -p "$OUT"
submit() {
  local name="$1" array="$2" script="$3"
  start=$SECONDS
  if ! (cd "$OUT" && sbatch --wait --array="$array" --time=20 \
        --export=ALL,MEETINGS="$MEETINGS",CORPUS="$WORK/corpus",OUT="$OUT" "$script") >"$WORK/$name.sbatch.out" 2>&1; then
    fail "the $name job array failed" "$WORK/$name.sbatch.out" "$OUT"/"$name"-*.log "$WORK/slurmctld.log"
  fi
  say "$name ($array): $(( SECONDS - start )) s, $(tr '\n' ' ' <"$WORK/$name.sbatch.out")"
}
submit map 0-3 "$ROOT/scripts/slurm/map.sbatch"
n=$(ls "$OUT"/records/part-*.ndjson 2>/dev/null | wc -l)
[ "$n" -eq 4 ] || fail "the map wrote $n record files, not 4" "$OUT"/map-*.log
submit merge 0-1 "$ROOT/scripts/slurm/merge.sbatch"
n=$(ls "$OUT"/meetings/part-*.ndjson 2>/dev/null | wc -l)
[ "$n" -eq 2 ] || fail "the merge wrote $n meeting files, not 2" "$OUT"/merge-*.log

# 6. Put together, and compare byte for byte.
$MEETINGS merge "$OUT/records/part-*.ndjson" --meetings "$OUT/meetings/part-*.ndjson" >"$WORK/cluster.json" ||
  fail "merge --meetings failed"
records=$(cat "$OUT"/records/part-*.ndjson | wc -l)
meetings=$(cat "$OUT"/meetings/part-*.ndjson | wc -l)
if ! cmp "$WORK/single.json" "$WORK/cluster.json"; then
  diff <(head -c 200000 "$WORK/single.json") <(head -c 200000 "$WORK/cluster.json") | head -20 >&2 || true
  fail "the cluster's export differs from the single machine's ($records records, $meetings meetings)"
fi
say "passed: $records records from 4 map tasks, $meetings meetings from 2 merge tasks, equal byte for byte to one export ($(wc -c <"$WORK/single.json") bytes)"
