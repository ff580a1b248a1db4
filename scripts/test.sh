#!/bin/sh
# Runs every test, privileged ones included (real runc, conmon and kernel mounts; needs root).
set -eu
cd "$(dirname "$0")/.."
scripts/host-packages.sh
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
exec mvn -B verify "$@"
