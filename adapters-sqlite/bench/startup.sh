#!/bin/sh
# Start-up cost of the state store in a fresh JVM, as a short jpod command pays it: StartupProbe opens the store,
# stores one container and lists all of them. Prints the median wall time (JVM start to exit) over $RUNS runs with
# jpod's short-command flags, without and with a JDK 25 AOT cache trained on the probe. SQLite's native library is
# installed once, as jpod's installer does, so that its extraction is not measured.
# Usage: adapters-sqlite/bench/startup.sh [CONTAINERS], after `mvn -pl ports,host,adapters-sqlite -am package -DskipTests`
# (the cache needs jars; the probe comes from target/test-classes)..
set -eu
cd "$(dirname "$0")/../.."
containers=${1:-21}
runs=${RUNS:-21}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
work=$(mktemp -d /tmp/jpod-sqlite-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

mvn -q -pl adapters-sqlite dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/deps" >/dev/null 2>&1
libs=$(tr ':' '\n' < "$work/deps" | grep -v '/io/jpod/' | tr '\n' ':')
# The AOT cache takes jars only, no directories.
jar cf "$work/probe.jar" -C adapters-sqlite/target/test-classes .
cp="${libs}$(ls ports/target/ports-*-SNAPSHOT.jar ports/target/ports-*-tests.jar host/target/host-*-SNAPSHOT.jar \
  adapters-sqlite/target/adapters-sqlite-*.jar \
  | tr '\n' ':')$work/probe.jar"
sqlite_jar=$(tr ':' '\n' < "$work/deps" | grep sqlite-jdbc)
mkdir "$work/lib"
unzip -q -j -d "$work/lib" "$sqlite_jar" 'org/sqlite/native/Linux/x86_64/libsqlitejdbc.so'
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData --enable-native-access=ALL-UNNAMED
  -Dorg.sqlite.lib.path=$work/lib -Dorg.sqlite.lib.name=libsqlitejdbc.so -cp $cp"
probe="io.jpod.adapters.sqlite.StartupProbe $work/root $containers"

# median_ms CMD...: runs CMD $runs times after one warm-up and prints the median wall time in milliseconds.
median_ms() {
  "$@" >/dev/null
  i=0
  while [ $i -lt "$runs" ]; do
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 ))
    i=$((i + 1))
  done | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f\n", v[int((NR + 1) / 2)] / 1000 }'
}

# shellcheck disable=SC2086
{
  $java $flags $probe
  plain=$(median_ms $java $flags $probe)
  $java -XX:AOTCacheOutput="$work/probe.aot" $flags $probe >/dev/null 2>&1
  cached=$(median_ms $java -XX:AOTCache="$work/probe.aot" $flags $probe)
}
printf '%-40s %8s\n' "open + write + list $containers ($runs runs)" "ms"
printf '%-40s %8s\n' "no AOT cache" "$plain" "AOT cache" "$cached"
