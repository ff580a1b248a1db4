#!/bin/sh
# Where the time of one `jpod run --rm IMG true` goes: the moments each child process starts and ends (conmon,
# runc create/start/delete), from strace, relative to the launcher's start. Run after scripts/setup.sh.
# DRIVER=vfs shows the copying driver; the default is overlay.
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/jpod-breakdown.XXXXXX)
trap 'rm -rf "$work"' EXIT
J="--root $work/root --runroot $work/run --storage-driver ${DRIVER:-overlay}"
scripts/busybox-image.sh "$work/busybox.tar"
jpod $J import -q "$work/busybox.tar" bench >/dev/null
jpod $J run --rm bench true
strace -f -ttt -e trace=execve,exit_group -o "$work/trace" jpod $J run --rm bench true
awk '
  NR == 1 { t0 = $2 }
  /execve\(/ { match($0, /execve\("[^"]*"/); bin = substr($0, RSTART + 8, RLENGTH - 9); n = split(bin, p, "/");
               args = $0; sub(/.*\[/, "", args); sub(/\].*/, "", args); gsub(/"/, "", args); split(args, a, ", ");
               what = p[n]; for (i = 2; i <= 8 && (i in a); i++) if (a[i] ~ /^(create|start|delete|kill|state)$/) what = what " " a[i];
               if ($0 !~ /ENOENT/) printf "%8.1f ms  exec %s\n", ($2 - t0) * 1000, what }
  /exit_group/ { last = $2 }
  END { printf "%8.1f ms  last process exit\n", (last - t0) * 1000 }
' "$work/trace"
