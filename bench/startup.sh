#!/bin/sh
# Start-up benchmark: `version` and `run --rm IMG true` of the installed jpod against podman, side by side on the
# same busybox image, each engine with its own root under a temporary directory. Prints medians and ratios.
# Needs: jpod installed (scripts/setup.sh) and Debian's podman (apt-get install podman). Root.
set -eu
cd "$(dirname "$0")/.."
runs=${RUNS:-21}
work=$(mktemp -d /tmp/jpod-bench.XXXXXX)
trap 'for p in "$P" "$PV"; do podman $p rm -af >/dev/null 2>&1; done; for j in "$J" "$JV"; do jpod $j rm -f $(jpod $j ps -aq) >/dev/null 2>&1; done; rm -rf "$work"' EXIT
command -v podman >/dev/null || { echo "Error: podman is not installed (apt-get install podman)" >&2; exit 1; }

# podman here needs limits within the machine's hard limits and the cgroupfs manager (no systemd); its own file,
# so the machine's configuration is left alone.
cat > "$work/containers.conf" <<CONF
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]
[engine]
cgroup_manager = "cgroupfs"
CONF
export CONTAINERS_CONF="$work/containers.conf"
# Each engine on each storage driver, with its own root: overlay mounts the image under each container, vfs
# copies it into each.
P="--root $work/podman/root --runroot $work/podman/run --runtime runc --cgroup-manager cgroupfs --storage-driver overlay"
PV="--root $work/podman-vfs/root --runroot $work/podman-vfs/run --runtime runc --cgroup-manager cgroupfs --storage-driver vfs"
J="--root $work/jpod/root --runroot $work/jpod/run --runtime runc --storage-driver overlay"
JV="--root $work/jpod-vfs/root --runroot $work/jpod-vfs/run --runtime runc --storage-driver vfs"

scripts/busybox-image.sh "$work/busybox.tar"
for engine in "podman $P" "podman $PV" "jpod $J" "jpod $JV"; do
  $engine import -q "$work/busybox.tar" bench >/dev/null
done

# us CMD...: the wall time of one run of CMD, in microseconds.
us() {
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000 ))
}

# median: the median of the microsecond figures on stdin, in milliseconds.
median() {
  sort -n | awk '{ v[NR] = $1 } END { printf "%.1f\n", v[int((NR + 1) / 2)] / 1000 }'
}

printf '%-26s %10s %10s %8s\n' "benchmark ($runs runs)" "jpod ms" "podman ms" "ratio"
# row NAME JPOD-OPTIONS PODMAN-OPTIONS JPOD-ARGS... -- PODMAN-ARGS...: after one warm-up each, the engines take
# turns, so that the machine's drift from minute to minute weighs on both alike.
row() {
  name=$1; jopts=$2; popts=$3; shift 3
  jargs=""
  while [ "$1" != -- ]; do jargs="$jargs $1"; shift; done
  shift
  jpod $jopts $jargs >/dev/null 2>&1
  podman $popts "$@" >/dev/null 2>&1
  i=0
  while [ $i -lt "$runs" ]; do
    echo "j $(us jpod $jopts $jargs)"
    echo "p $(us podman $popts "$@")"
    i=$((i + 1))
  done > "$work/times"
  j=$(awk '$1 == "j" { print $2 }' "$work/times" | median)
  p=$(awk '$1 == "p" { print $2 }' "$work/times" | median)
  printf '%-26s %10s %10s %8s\n' "$name" "$j" "$p" "$(echo "$j $p" | awk '{ printf "%.2fx", $1 / $2 }')"
}
row "version" "$J" "$P" version -- version
# jpod's containers get a network namespace with loopback only: podman's --network none.
row "run --rm IMG true, overlay" "$J" "$P" run --rm bench true -- run --rm --network none bench true
row "run --rm IMG true, vfs" "$JV" "$PV" run --rm bench true -- run --rm --network none bench true
