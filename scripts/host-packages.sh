#!/bin/sh
# Installs the host packages jpod and its tests use, once; a no-op when they are all present.
set -eu
packages="runc crun conmon containernetworking-plugins catatonit busybox-static iptables uidmap maven"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing host packages:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
if [ ! -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  echo "Error: JDK 25 is missing at /usr/lib/jvm/temurin-25-jdk-amd64 (Temurin 25)" >&2
  exit 1
fi
