#!/usr/bin/env bash
# Runs the whole system on this machine: a Kafka broker (KRaft) and a MongoDB wire server (mongo-java-server
# on H2) with their data under ./data, then the services, the gateway and the console. Builds first when a jar is missing or older
# than its sources. Ctrl-C stops everything. See docs/local-stack.md; ./run-local.sh --help lists the options.
set -euo pipefail
cd "$(dirname "$0")"

SERVICES=(partnership-service student-service news-service faculty-service gateway console)
LOCAL_STACK_MARKER=local-stack/target/classes/org/openintl/localstack/LocalStack.class

build=auto
infra_only=false
prometheus=false
port_offset=0
data_dir="$PWD/data"
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=never ;;
    --build) build=always ;;
    --prometheus) prometheus=true ;;
    --infra-only) infra_only=true; args+=("$arg") ;;
    --port-offset=*) port_offset=${arg#*=}; args+=("$arg") ;;
    --data-dir=*) data_dir=${arg#*=}; args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done

if [[ $prometheus == true ]] && ! command -v prometheus > /dev/null 2>&1; then
  echo "[run-local] --prometheus needs a prometheus binary on the PATH (Debian/Ubuntu: apt-get install prometheus)" >&2
  exit 1
fi

# the newest executable jar of a module (Spring Boot's repackaged jar, not -sources/-plain/...)
service_jar() {
  local module=$1
  ls -t "$module"/target/"$module"-*.jar 2>/dev/null \
    | grep -Ev -- '-(sources|javadoc|tests|test-sources|plain)\.jar$' \
    | head -n 1 || true
}

# true when any file under the given paths is newer than the artifact
newer_sources() {
  local artifact=$1; shift
  local existing=()
  for path in "$@"; do [[ -e $path ]] && existing+=("$path"); done
  [[ ${#existing[@]} -gt 0 && -n $(find "${existing[@]}" -type f -newer "$artifact" -print -quit) ]]
}

needs_build() {
  [[ -f $LOCAL_STACK_MARKER && -d local-stack/target/lib ]] || return 0
  newer_sources "$LOCAL_STACK_MARKER" local-stack/src local-stack/pom.xml pom.xml && return 0
  [[ $infra_only == true ]] && return 1
  local module jar
  for module in "${SERVICES[@]}"; do
    jar=$(service_jar "$module")
    [[ -n $jar ]] || return 0
    newer_sources "$jar" "$module/src" "$module/pom.xml" access/src access/pom.xml boot-common/src boot-common/pom.xml platform/src platform/pom.xml pom.xml && return 0
  done
  return 1
}

if [[ $build == always ]] || { [[ $build == auto ]] && needs_build; }; then
  if [[ $infra_only == true ]]; then modules=local-stack; else modules="local-stack,$(IFS=,; echo "${SERVICES[*]}")"; fi
  echo "[run-local] building $modules (./mvnw -q -DskipTests package) ..."
  # formatting is checked by the real build; a local run should not fail on it
  ./mvnw -q -DskipTests -Dspotless.check.skip=true -pl "$modules" -am package
fi

JAVA=java
if [[ -n ${JAVA_HOME:-} ]]; then JAVA="$JAVA_HOME/bin/java"; fi

stack=("$JAVA" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1
  -Dintl.home="$PWD"
  -cp "local-stack/target/classes:local-stack/target/lib/*"
  org.openintl.localstack.LocalStack --data-dir="$PWD/data" ${args[@]+"${args[@]}"})

if [[ $prometheus != true ]]; then
  # exec: Ctrl-C and SIGTERM reach the supervisor JVM, which stops the services first, then Kafka and MongoDB
  exec "${stack[@]}"
fi

# With Prometheus: both in the background (which makes them ignore Ctrl-C), so the traps forward the stop to
# the supervisor JVM, and Prometheus is stopped once the stack has stopped.
mkdir -p "$data_dir/logs"
ops/prometheus/local-prometheus --port-offset="$port_offset" --data-dir="$data_dir/prometheus" \
  > "$data_dir/logs/prometheus.log" 2>&1 &
prometheus_pid=$!
echo "[run-local] Prometheus on http://127.0.0.1:$((9090 + port_offset)) (log: $data_dir/logs/prometheus.log)"
"${stack[@]}" &
stack_pid=$!
trap 'kill -TERM "$stack_pid" 2> /dev/null || true' INT TERM
status=0
# a trapped signal ends `wait` early: wait again until the stack has really stopped
while kill -0 "$stack_pid" 2> /dev/null; do
  wait "$stack_pid" || status=$?
done
kill -TERM "$prometheus_pid" 2> /dev/null || true
wait "$prometheus_pid" 2> /dev/null || true
exit "$status"
