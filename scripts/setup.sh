#!/bin/sh
# Sets up a fresh machine and runs the main job: installs the host packages, builds and installs jpod, makes a
# busybox image, and runs a container from it.
set -eu
cd "$(dirname "$0")/.."
scripts/host-packages.sh
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mvn -B -q -DskipTests package
scripts/install.sh
image=$(mktemp --suffix=.tar)
trap 'rm -f "$image"' EXIT
scripts/busybox-image.sh "$image"
jpod import -q "$image" jpod-demo
jpod images
jpod run --rm jpod-demo echo "Hello from a jpod container"
