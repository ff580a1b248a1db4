#!/bin/sh
# Start-up benchmark: `version` and `run --rm IMG true` of the installed jpod against podman, side by side on the
# same busybox image, each engine with its own root under a temporary directory. Prints medians and ratios.
# Needs: jpod installed (scripts/setup.sh) and Debian's podman (apt-get install podman). Root.
set -eu
cd "$(dirname "$0")/.."
runs=${RUNS:-21}
work=$(mktemp -d /tmp/jpod-bench.XXXXXX)
trap 'podman $P rm -af >/dev/null 2>&1 || true; podman $PV rm -af >/dev/null 2>&1 || true; jpod $J rm -f $(jpod $J ps -aq) >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
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
P="--root $work/podman/root --runroot $work/podman/run --runtime runc --cgroup-manager cgroupfs"
# podman on jpod's storage driver too: vfs copies the image into each container, overlay does not.
PV="--root $work/podman-vfs/root --runroot $work/podman-vfs/run --runtime runc --cgroup-manager cgroupfs --storage-driver vfs"
J="--root $work/jpod/root --runroot $work/jpod/run --runtime runc --storage-driver vfs"

scripts/busybox-image.sh "$work/busybox.tar"
podman $P import -q "$work/busybox.tar" bench >/dev/null
podman $PV import -q "$work/busybox.tar" bench >/dev/null
jpod $J import -q "$work/busybox.tar" bench >/dev/null

# median_ms CMD...: runs CMD $runs times after one warm-up and prints the median wall time in milliseconds.
median_ms() {
  "$@" >/dev/null 2>&1
  i=0
  while [ $i -lt "$runs" ]; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 ))
    i=$((i + 1))
  done | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f\n", v[int((NR + 1) / 2)] / 1000 }'
}

printf '%-22s %10s %10s %8s\n' "benchmark ($runs runs)" "jpod ms" "podman ms" "ratio"
# row NAME PODMAN-OPTIONS JPOD-ARGS -- PODMAN-ARGS
row() {
  name=$1; popts=$2; shift 2
  jargs=""
  while [ "$1" != -- ]; do jargs="$jargs $1"; shift; done
  shift
  j=$(median_ms jpod $J $jargs)
  p=$(median_ms podman $popts "$@")
  printf '%-22s %10s %10s %8s\n' "$name" "$j" "$p" "$(echo "$j $p" | awk '{ printf "%.2fx", $1 / $2 }')"
}
row "version" "$P" version -- version
# jpod's containers get a network namespace with loopback only: podman's --network none.
row "run --rm IMG true" "$P" run --rm bench true -- run --rm --network none bench true
row "  podman on vfs" "$PV" run --rm bench true -- run --rm --network none bench true
