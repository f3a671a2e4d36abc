#!/usr/bin/env bash
# Writes the .env that docker-compose.yml needs: a strong random value for every secret, mode 600.
# docker-compose.yml refuses to start without them (no secret has a default there).
#
#   ops/new-secrets.sh                                  # writes ./.env (next to docker-compose.yml)
#   ops/new-secrets.sh --keycloak-url https://login.intl.example.edu
#   ops/new-secrets.sh --env-file /tmp/x/.env           # another place (CI validates with one)
#   ops/new-secrets.sh --force                          # replace an existing file (kept as a backup)
#
# Idempotent: an existing file is never overwritten without --force, since its secrets are in use:
# the student-data key seals personal data already stored (a new key cannot read it) and the
# MongoDB and Keycloak database passwords were fixed when their volumes were created. See
# docs/operations.md.
set -euo pipefail

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
env_file="${root}/.env"
force=false
keycloak_url="http://localhost:8180"

while (($# > 0)); do
  case "$1" in
    --env-file) env_file="${2:?--env-file needs a path}"; shift 2 ;;
    --env-file=*) env_file="${1#*=}"; shift ;;
    --keycloak-url) keycloak_url="${2:?--keycloak-url needs a URL}"; shift 2 ;;
    --keycloak-url=*) keycloak_url="${1#*=}"; shift ;;
    --force) force=true; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "new-secrets.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

if [[ ! "${keycloak_url}" =~ ^https?://[^/[:space:]]+$ ]]; then
  echo "new-secrets.sh: --keycloak-url must be a URL without a path or a trailing slash, e.g. https://login.example.edu (got '${keycloak_url}')" >&2
  exit 2
fi

if [[ -e "${env_file}" && "${force}" != true ]]; then
  chmod 600 "${env_file}"
  echo "new-secrets.sh: ${env_file} exists and is kept (its secrets are in use); --force replaces it" >&2
  exit 0
fi

# Random values from the kernel's CSPRNG. Passwords: 32 characters of [A-Za-z0-9] (about 190 bits),
# nothing that needs quoting in .env, a URL or a shell. Keys: base64 of 32 random bytes (AES-256).
random_password() {
  local length="${1:-32}" s=""
  while ((${#s} < length)); do
    s+="$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
  done
  printf '%s' "${s:0:length}"
}
random_key() {
  head -c 32 /dev/urandom | base64 | tr -d "\n"
}

dir="$(dirname "${env_file}")"
mkdir -p "${dir}"
umask 077
tmp="$(mktemp "${dir}/.env.new.XXXXXX")"
trap 'rm -f "${tmp}"' EXIT

cat > "${tmp}" << EOF
# Secrets of the docker-compose deployment, written by ops/new-secrets.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ).
# Mode 600, git-ignored, never copied into an image (.dockerignore). Keep a copy in the office's
# password safe: without INTL_STUDENTS_ENCRYPTION_KEYS_K1 students' personal data cannot be read, without
# INTL_FACULTY_ENCRYPTION_KEYS_K1 foreign experts' and staff members'.

# Where the gateway, Keycloak and Grafana are published on the host: 127.0.0.1 = this machine
# only (a reverse proxy with TLS on this host forwards to them). See docs/operations.md.
PUBLISH_ADDRESS=127.0.0.1

# Keycloak's public URL (no trailing slash): the tokens' issuer is \${KEYCLOAK_URL}/realms/intl.
# In production the https:// URL of the reverse proxy in front of Keycloak.
KEYCLOAK_URL=${keycloak_url}

# The web console's public URL (no trailing slash; the gateway's, behind the TLS proxy in production): Keycloak
# redirects there after a sign-in (ops/keycloak/realm/realm-intl.json, client intl-console). See docs/console.md.
CONSOLE_URL=http://localhost:8080

# The audience the gateway and the services require in every token; the realm's audience mapper
# adds it (ops/keycloak/realm/realm-intl.json). Change both together.
INTL_SECURITY_JWT_AUDIENCE=intl-api

# Students' personal data at rest (AES-256, base64 of 32 random bytes), key id k1.
INTL_STUDENTS_ENCRYPTION_KEYS_K1=$(random_key)
INTL_STUDENTS_ENCRYPTION_ACTIVEKEY=k1

# Foreign experts' and staff members' personal data at rest (faculty-service; a key of its own), key id k1.
INTL_FACULTY_ENCRYPTION_KEYS_K1=$(random_key)
INTL_FACULTY_ENCRYPTION_ACTIVEKEY=k1

# MongoDB: the root user (mongo-admin: health check, operators), the replica set members' shared
# key (--keyFile; letters and digits are in the base64 set mongod requires) and one user per
# service (each reads and writes its own database only). Fixed when the mongo volume is created.
MONGO_ROOT_PASSWORD=$(random_password)
MONGO_REPLICA_SET_KEY=$(random_password 64)
MONGO_PARTNERSHIP_SERVICE_PASSWORD=$(random_password)
MONGO_STUDENT_SERVICE_PASSWORD=$(random_password)
MONGO_NEWS_SERVICE_PASSWORD=$(random_password)
MONGO_FACULTY_SERVICE_PASSWORD=$(random_password)

# Keycloak's temporary admin (admin console, master realm): log in once, create a permanent
# admin, delete this one.
KEYCLOAK_ADMIN_USER=keycloak-admin
KEYCLOAK_ADMIN_PASSWORD=$(random_password)

# Keycloak's PostgreSQL database; fixed when its volume is created.
KEYCLOAK_DB_PASSWORD=$(random_password)

# Grafana's admin account and the key that encrypts secrets in Grafana's database.
GRAFANA_ADMIN_USER=grafana-admin
GRAFANA_ADMIN_PASSWORD=$(random_password)
GRAFANA_SECRET_KEY=$(random_password)

# Alertmanager's e-mail (docs/operations.md, "Alerts"): the mail server (host:port, STARTTLS), the sender,
# its login, and who runs the system (technical alerts, and every team without its own address). Taken from
# the same variables in new-secrets.sh's environment when set; otherwise placeholders (smtp.invalid): replace
# them, then \`docker compose up -d alertmanager\`. Until then no alert is mailed.
INTL_SMTP_SMARTHOST=${INTL_SMTP_SMARTHOST:-smtp.invalid:587}
INTL_SMTP_FROM=${INTL_SMTP_FROM:-intl-alerts@smtp.invalid}
INTL_SMTP_USERNAME=${INTL_SMTP_USERNAME:-intl-alerts}
INTL_SMTP_PASSWORD=${INTL_SMTP_PASSWORD:-$(random_password)}
INTL_ALERTS_EMAIL_PLATFORM=${INTL_ALERTS_EMAIL_PLATFORM:-platform@smtp.invalid}
# The teams' own addresses (several: comma-separated); without them the platform address gets their alerts.
#INTL_ALERTS_EMAIL_PARTNERSHIPS=
#INTL_ALERTS_EMAIL_STUDENTS=
#INTL_ALERTS_EMAIL_NEWS=
EOF

if [[ -e "${env_file}" ]]; then
  backup="${env_file}.replaced-$(date -u +%Y%m%dT%H%M%SZ)"
  cp -p "${env_file}" "${backup}"
  chmod 600 "${backup}"
  echo "new-secrets.sh: the old file is kept as ${backup}: carry INTL_STUDENTS_ENCRYPTION_KEYS_*, INTL_FACULTY_ENCRYPTION_KEYS_*, MONGO_* and KEYCLOAK_DB_PASSWORD over if a deployment already uses them" >&2
fi
chmod 600 "${tmp}"
mv -f "${tmp}" "${env_file}"
trap - EXIT
echo "new-secrets.sh: wrote ${env_file} (mode 600)"
