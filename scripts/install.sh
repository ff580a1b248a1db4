#!/bin/sh
# Installs the built CLI under PREFIX (default /usr/local): the jar, its native libraries extracted once (so no
# start extracts them again), the launcher, and an AOT cache trained on the common commands.
set -eu
cd "$(dirname "$0")/.."
prefix=${PREFIX:-/usr/local}
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
lib=$prefix/lib/jpod
jar=app-cli/target/jpod-all.jar
[ -f "$jar" ] || { echo "Error: $jar is missing: build first (mvn -DskipTests package)" >&2; exit 1; }
mkdir -p "$lib/native" "$prefix/bin"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$java_home/bin/jar" xf "$OLDPWD/$jar" org/sqlite/native/Linux/x86_64/libsqlitejdbc.so \
  jni/x86_64-Linux/libjffi-1.2.so)
install -m 644 "$work/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so" "$lib/native/libsqlitejdbc.so"
install -m 644 "$work/jni/x86_64-Linux/libjffi-1.2.so" "$lib/native/libjffi-1.2.so"
# A cache made for an older jar can keep serving its classes (JDK-8377932): always rebuild it with the jar.
rm -f "$lib/jpod.aot"
install -m 644 "$jar" "$lib/jpod.jar"
install -m 755 bin/jpod "$prefix/bin/jpod"

scripts/busybox-image.sh "$work/busybox.tar"
set -- --root "$work/root" --runroot "$work/run"
overlay="--root $work/overlay-root --runroot $work/overlay-run --storage-driver overlay"
for store in "$*" "$overlay"; do
  JPOD_JAVA="$java_home/bin/java" "$prefix/bin/jpod" $store import -q "$work/busybox.tar" jpod-training >/dev/null
done
# Training: the launcher's own flags, one JVM running the common commands on both storage drivers.
JPOD_JAVA="$java_home/bin/java" JPOD_AOT_OUTPUT="$lib/jpod.aot" "$prefix/bin/jpod" \
  version \; "$@" images \; "$@" run --rm jpod-training true \; "$@" ps -a \; "$@" rmi jpod-training \
  \; $overlay run --rm jpod-training true \; $overlay rmi jpod-training \
  >/dev/null 2>"$work/training.log" || { cat "$work/training.log" >&2; exit 1; }
echo "Installed jpod in $prefix/bin/jpod (AOT cache $lib/jpod.aot)"
