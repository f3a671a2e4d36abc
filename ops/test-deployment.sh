#!/usr/bin/env bash
# Tests of the deployment files, offline (no Docker engine: `docker-compose config` only interpolates
# and validates). Run by .ci/run; needs docker-compose, python3 with PyYAML.
#
#   bash ops/test-deployment.sh
#
# - the compose files and realms pass their checks (ops/check-compose.py, ops/check-keycloak-realm.py)
#   and every bad example in ops/tests/ fails them with the expected message;
# - ops/new-secrets.sh writes a strong .env with mode 600, never overwrites one without --force;
# - `docker-compose config` passes with such a .env, alone and merged with the demo override, and
#   FAILS naming the variable when any one of the secrets is missing (no shell variable, no .env
#   in the project directory counts: every run gets a clean environment and its own env file).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

passed=0
failed=0
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

ok() {
  passed=$((passed + 1))
  echo "  ok    $*"
}
bad() {
  failed=$((failed + 1))
  echo "  FAIL  $*" >&2
}

# expect_failure "what" "message1|message2..." command...: the command must exit non-zero and its
# output must contain every message.
expect_failure() {
  local what="$1" messages="$2"
  shift 2
  local out rc=0
  out="$("$@" 2>&1)" || rc=$?
  if ((rc == 0)); then
    bad "${what}: passed, but must fail"
    return
  fi
  local message missing=""
  IFS='|' read -ra expected <<< "${messages}"
  for message in "${expected[@]}"; do
    if [[ "${out}" != *"${message}"* ]]; then missing+=" '${message}'"; fi
  done
  if [[ -n "${missing}" ]]; then
    bad "${what}: failed, but the output lacks${missing}:"
    echo "${out}" | sed 's/^/        /' >&2
  else
    ok "${what}: refused"
  fi
}

expect_success() {
  local what="$1"
  shift
  local out
  if out="$("$@" 2>&1)"; then
    ok "${what}"
  else
    bad "${what}:"
    echo "${out}" | sed 's/^/        /' >&2
  fi
}

# docker-compose with nothing from the caller's environment (a developer may have exported a
# secret) and only the given env file (not ./.env).
compose() {
  local env_file="$1"
  shift
  env -i PATH="${PATH}" HOME="${HOME:-/root}" docker-compose --env-file "${env_file}" "$@"
}

echo "==> compose files and realms pass their checks"
expect_success "check-compose: docker-compose.yml, docker-compose.demo.yml" \
  python3 ops/check-compose.py docker-compose.yml docker-compose.demo.yml
expect_success "check-keycloak-realm: production realm, production rules" \
  python3 ops/check-keycloak-realm.py ops/keycloak/realm/realm-intl.json
expect_success "check-keycloak-realm: demo realm, token shape" \
  python3 ops/check-keycloak-realm.py --demo ops/keycloak/demo/realm-intl.json

echo "==> the checks fail on the bad examples (ops/tests/)"
expect_failure "a secret with a default value" \
  "GF_SECURITY_ADMIN_PASSWORD has a default value 'admin' (a known weak value)" \
  python3 ops/check-compose.py ops/tests/compose-secret-default.yml
expect_failure "a literal secret, an optional secret, a required one without message" \
  "POSTGRES_PASSWORD has the literal value 'changeme' (a known weak value)|KC_DB_PASSWORD may be empty or unset|KC_BOOTSTRAP_ADMIN_PASSWORD is required without a message" \
  python3 ops/check-compose.py ops/tests/compose-secret-literal.yml
expect_failure "MongoDB published, gateway on every interface, a management port published, Grafana on 0.0.0.0" \
  "service mongo: publishes '27017:27017'; only gateway, grafana, keycloak may be published|service gateway: publishes '8080:8080' on 'every interface'|publishes container port 9080|service grafana: publishes '{'target': 3000, 'published': 3000, 'host_ip': '0.0.0.0'}' on '0.0.0.0'" \
  python3 ops/check-compose.py ops/tests/compose-published.yml
expect_failure "no restart policy, readiness on the public port, Prometheus lifecycle API" \
  "service partnership-service: no restart policy|service grafana: no restart policy|localhost:9081/actuator/health/readiness|runs with --web.enable-lifecycle|service grafana: no health check" \
  python3 ops/check-compose.py ops/tests/compose-operations.yml
expect_failure "a password written into a connection string, one with a default" \
  "SPRING_MONGODB_URI (the password in the URI) has the literal value 'hunter2hunter2'|SPRING_MONGODB_URI (the password in the URI) has a default value 'news'" \
  python3 ops/check-compose.py ops/tests/compose-uri-password.yml
cp ops/tests/weak.env "${work}/weak.env"
chmod 644 "${work}/weak.env"
expect_failure "a weak .env" \
  "mode 644|GRAFANA_SECRET_KEY is missing|GRAFANA_ADMIN_PASSWORD has a known weak value|KEYCLOAK_ADMIN_PASSWORD has a known weak value|INTL_STUDENTS_ENCRYPTION_KEYS_K1 is not the base64|KEYCLOAK_DB_PASSWORD is shorter than 16" \
  python3 ops/check-compose.py --env-file "${work}/weak.env" docker-compose.yml
expect_failure "the demo realm under production rules" \
  "the realm ships users|client intl-demo: password grant (directAccessGrantsEnabled) is on" \
  python3 ops/check-keycloak-realm.py ops/keycloak/demo/realm-intl.json
expect_failure "a realm without the audience mapper, PKCE, TLS" \
  "no audience mapper adding 'intl-api'|public client without PKCE S256|sslRequired is none|wildcard redirect URI|realm role NEWS_EDITOR is missing" \
  python3 ops/check-keycloak-realm.py ops/tests/realm-without-audience.json

echo "==> ops/new-secrets.sh"
env_file="${work}/deploy/.env"
expect_success "writes a new .env" ops/new-secrets.sh --env-file "${env_file}"
mode="$(stat -c %a "${env_file}")"
if [[ "${mode}" == 600 ]]; then ok "mode 600"; else bad "mode ${mode}, expected 600"; fi
expect_success "its values pass check-compose --env-file (strong, complete)" \
  python3 ops/check-compose.py --env-file "${env_file}" docker-compose.yml docker-compose.demo.yml
before="$(sha256sum < "${env_file}")"
expect_success "a second run exits 0" ops/new-secrets.sh --env-file "${env_file}"
if [[ "$(sha256sum < "${env_file}")" == "${before}" ]]; then
  ok "a second run leaves the existing .env unchanged"
else
  bad "a second run changed the existing .env"
fi
expect_success "--force replaces it" ops/new-secrets.sh --force --env-file "${env_file}"
backups=("${env_file}".replaced-*)
if [[ -f "${backups[0]}" && "$(sha256sum < "${backups[0]}")" == "${before}" && "$(stat -c %a "${backups[0]}")" == 600 ]]; then
  ok "--force keeps the old file as a backup, mode 600"
else
  bad "--force kept no backup (mode 600) of the old file"
fi
old_key="$(grep '^INTL_STUDENTS_ENCRYPTION_KEYS_K1=' "${backups[0]}")"
new_key="$(grep '^INTL_STUDENTS_ENCRYPTION_KEYS_K1=' "${env_file}")"
if [[ "${old_key}" != "${new_key}" ]]; then ok "values are random (two runs differ)"; else bad "two runs gave the same key"; fi
expect_failure "a keycloak URL with a path is refused" "must be a URL without a path" \
  ops/new-secrets.sh --env-file "${work}/other/.env" --keycloak-url https://login.example.edu/auth/

echo "==> ops/mongo/initdb/10-service-users.sh (sourced as the mongo image's entrypoint does)"
# The image's entrypoint runs with `set -Eeuo pipefail`, defines the array `mongo` (mongosh on the
# temporary server) and `_js_escape` (a JSON string), and sources the script; here `mongo` records
# the database and the script it is given.
initdb_run() {
  (
    set -Eeuo pipefail
    _js_escape() { python3 -c 'import json, sys; print(json.dumps(sys.argv[1]))' "$1"; }
    record() { echo "db=$1"; cat; }
    mongo=(record)
    # shellcheck source=mongo/initdb/10-service-users.sh
    . ops/mongo/initdb/10-service-users.sh
  )
}
initdb_out="$(MONGO_PARTNERSHIP_SERVICE_PASSWORD='p"1' MONGO_STUDENT_SERVICE_PASSWORD=p2 MONGO_NEWS_SERVICE_PASSWORD=p3 \
  MONGO_FACULTY_SERVICE_PASSWORD=p4 initdb_run 2>&1)" || true
expected_users=0
for spec in 'partnerships partnership-service "p\"1"' 'students student-service "p2"' 'news news-service "p3"' \
  'faculty faculty-service "p4"'; do
  read -r db user password <<< "${spec}"
  block="$(awk -v db="db=${db}" '$0 == db {on = 1; next} /^db=/ {on = 0} on' <<< "${initdb_out}")"
  if [[ "${block}" == *"user: \"${user}\""* && "${block}" == *"pwd: ${password}"* \
    && "${block}" == *"roles: [{ role: 'readWrite', db: \"${db}\" }]"* ]]; then
    expected_users=$((expected_users + 1))
  fi
done
if ((expected_users == 4)); then
  ok "creates the four service users, each readWrite on its own database only, passwords escaped"
else
  bad "the service users are not created as expected:"
  echo "${initdb_out}" | sed 's/^/        /' >&2
fi
expect_failure "refuses to create users without their passwords" "MONGO_STUDENT_SERVICE_PASSWORD is missing" \
  env MONGO_PARTNERSHIP_SERVICE_PASSWORD=p1 MONGO_NEWS_SERVICE_PASSWORD=p3 MONGO_FACULTY_SERVICE_PASSWORD=p4 bash -c "$(declare -f initdb_run); initdb_run"

echo "==> docker-compose config"
expect_success "docker-compose.yml with the generated .env" \
  compose "${env_file}" -f docker-compose.yml config -q
expect_success "merged with docker-compose.demo.yml" \
  compose "${env_file}" -f docker-compose.yml -f docker-compose.demo.yml config -q
merged="$(compose "${env_file}" -f docker-compose.yml -f docker-compose.demo.yml config)"
if [[ "${merged}" == *"ops/keycloak/demo:/opt/keycloak/data/import:ro"* && "${merged}" != *"ops/keycloak/realm:/opt/keycloak/data/import"* ]]; then
  ok "the demo override replaces the realm import (demo realm only)"
else
  bad "the demo override does not replace the production realm's mount"
fi
production="$(compose "${env_file}" -f docker-compose.yml config)"
published="$(grep -cE '^ *- 127\.0\.0\.1:[0-9]+:[0-9]+/tcp$' <<< "${production}" || true)"
all_published="$(grep -cE '^ *- [0-9.]*:?[0-9]+:[0-9]+/tcp$' <<< "${production}" || true)"
if [[ "${published}" == 3 && "${all_published}" == 3 ]]; then
  ok "three ports published, all on 127.0.0.1"
else
  bad "expected 3 ports published on 127.0.0.1, found ${published} of ${all_published}"
fi
sed 's/^PUBLISH_ADDRESS=.*/PUBLISH_ADDRESS=192.0.2.10/' "${env_file}" > "${work}/published.env"
if [[ "$(compose "${work}/published.env" -f docker-compose.yml config | grep -c '192\.0\.2\.10:' || true)" == 3 ]]; then
  ok "PUBLISH_ADDRESS moves all three"
else
  bad "PUBLISH_ADDRESS does not move the three published ports"
fi
for db in partnerships students news faculty; do
  if grep -qE "SPRING_MONGODB_URI: mongodb://[a-z-]+-service:[A-Za-z0-9]{32}@mongo:27017/${db}\?authSource=${db}&replicaSet=rs0&w=majority&journal=true$" <<< "${production}"; then
    ok "${db}: its own user and password, journaled majority writes to the replica set"
  else
    bad "${db}: the MongoDB URI lacks the service's user or authSource=${db}&replicaSet=rs0&w=majority&journal=true"
  fi
done

: > "${work}/empty.env"
expect_failure "without a .env compose refuses to start" \
  "is missing: run ops/new-secrets.sh to write .env" \
  compose "${work}/empty.env" -f docker-compose.yml config -q
while IFS='=' read -r name _; do
  [[ -z "${name}" || "${name}" == \#* || "${name}" == PUBLISH_ADDRESS ]] && continue
  grep -v "^${name}=" "${env_file}" > "${work}/without.env"
  expect_failure "without ${name} compose refuses to start" "${name} is missing" \
    compose "${work}/without.env" -f docker-compose.yml config -q
done < "${env_file}"

echo
echo "deployment: ${passed} passed, ${failed} failed"
((failed == 0))
