# Sourced (not run) by the mongo image's entrypoint on the first start of an EMPTY data volume,
# while its temporary mongod listens on 127.0.0.1 without authentication: creates one user per
# service that may read and write its own database only, so that one service's credentials never
# read another's data (students' personal data above all). The passwords come from .env through
# docker-compose.yml. A volume that already holds data is left alone: see docs/operations.md
# ("MongoDB users") to add the users to an older deployment.
for intl_spec in partnerships:partnership-service:MONGO_PARTNERSHIP_SERVICE_PASSWORD \
  students:student-service:MONGO_STUDENT_SERVICE_PASSWORD \
  news:news-service:MONGO_NEWS_SERVICE_PASSWORD \
  faculty:faculty-service:MONGO_FACULTY_SERVICE_PASSWORD; do
  IFS=: read -r intl_db intl_user intl_password_variable <<< "${intl_spec}"
  intl_password="${!intl_password_variable:?${intl_password_variable} is missing}"
  # mongo (the shell command) and _js_escape come from the image's docker-entrypoint.sh
  # shellcheck disable=SC2154
  "${mongo[@]}" "${intl_db}" << EOJS
db.createUser({
  user: $(_js_escape "${intl_user}"),
  pwd: $(_js_escape "${intl_password}"),
  roles: [{ role: 'readWrite', db: $(_js_escape "${intl_db}") }]
})
EOJS
  echo "10-service-users.sh: created ${intl_user} (readWrite on ${intl_db})"
done
unset intl_spec intl_db intl_user intl_password_variable intl_password
