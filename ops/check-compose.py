#!/usr/bin/env python3
"""Checks docker-compose files for what must never ship: a secret with a default or a known weak
value, a port published beyond the allowed ones or on every interface, a long-running container
without a restart policy or a health check, Prometheus with its lifecycle or admin API.

    ops/check-compose.py docker-compose.yml docker-compose.demo.yml
    ops/check-compose.py --env-file .env docker-compose.yml     # also the values in .env

The files are read as written (before interpolation), so a default hidden in `${VAR:-admin}` is
seen. Exit status 1 and one line per finding when anything is wrong. CI runs it (.ci/run) on the
repository's files and on the bad examples in ops/tests/ (which must fail).
"""

import argparse
import base64
import os
import re
import stat
import sys

import yaml

# Names of variables that hold a secret: their value must come from the environment (.env), with
# no default, and compose must refuse to start without it.
SECRET_NAME = re.compile(r"PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|PRIVATE|API_KEY|ENCRYPTION_KEYS?_|_KEY$")

# Not secret, but with no safe default either: compose must refuse to start without them.
REQUIRED_NAMES = {
    "INTL_SECURITY_JWT_AUDIENCE",
    "INTL_STUDENTS_ENCRYPTION_ACTIVEKEY",
    "INTL_FACULTY_ENCRYPTION_ACTIVEKEY",
    "KC_BOOTSTRAP_ADMIN_USERNAME",
    "GF_SECURITY_ADMIN_USER",
}

# Values anyone would try first, and keys published in this repository's history or in the
# products' own documentation.
WEAK_VALUES = {
    "admin", "administrator", "root", "password", "passw0rd", "pass", "changeme", "change-me",
    "changeit", "secret", "letmein", "test", "demo", "default", "guest", "user", "keycloak",
    "grafana", "postgres", "mongo", "kafka", "prometheus", "123456", "12345678", "qwerty",
    # the former development key for students' personal data (student-service application.yml)
    "/fqtcpwcbvuqbn8fmjfnsxgxx5exc+euyuojxh/ms/i=",
    # Grafana's built-in default secret_key
    "sw2ycwtib9zpoohopsmm",
}
WEAK_FRAGMENTS = ("demo-password", "example", "changeme", "password")
MIN_SECRET_LENGTH = 16

# Who may be published, on which container port: the parts meant for people.
PUBLISHABLE = {"gateway": {8080}, "keycloak": {8080}, "grafana": {3000}}
PUBLISH_ADDRESS = "${PUBLISH_ADDRESS:-127.0.0.1}"
RESTART_POLICIES = {"always", "unless-stopped", "on-failure"}
PROMETHEUS_FORBIDDEN_FLAGS = ("--web.enable-lifecycle", "--web.enable-admin-api")

REQUIRED_ONLY = re.compile(r"^\$\{(?P<name>\w+)(?P<op>:?\?)(?P<message>[^}]*)\}$")
INTERPOLATION = re.compile(r"\$\{(?P<name>\w+)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}|\$(?P<bare>[A-Za-z_]\w*)")


def is_secret(name):
    return bool(SECRET_NAME.search(name.upper()))


def is_weak(value):
    v = value.strip().lower()
    return v in WEAK_VALUES or any(f in v for f in WEAK_FRAGMENTS)


def environment_items(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        for entry in env:
            name, sep, value = str(entry).partition("=")
            yield name, (value if sep else None)
    else:
        for name, value in env.items():
            yield str(name), (None if value is None else str(value))


def check_variable(where, name, value, findings):
    """A secret or required variable must be exactly ${VAR:?message}: no literal, no default."""
    if value is None:
        findings.append(f"{where}: {name} takes its value from the shell unchecked; write {name}: \"${{VAR:?message}}\"")
        return
    match = REQUIRED_ONLY.match(value)
    if match:
        if not match.group("message").strip():
            findings.append(f"{where}: {name} is required without a message; say how to set it (${{VAR:?message}})")
        return
    if "${" not in value and "$" not in value:
        weak = " (a known weak value)" if is_weak(value) else ""
        findings.append(f"{where}: {name} has the literal value '{value}'{weak}; take it from .env with ${{VAR:?message}}")
        return
    for m in INTERPOLATION.finditer(value):
        op = m.group("op")
        if op in (":-", "-"):
            weak = " (a known weak value)" if is_weak(m.group("arg")) else ""
            findings.append(f"{where}: {name} has a default value '{m.group('arg')}'{weak}; use ${{VAR:?message}}")
            return
    if not all(m.group("op") in (":?", "?") for m in INTERPOLATION.finditer(value)):
        findings.append(f"{where}: {name} may be empty or unset ('{value}'); use ${{VAR:?message}}")
    elif is_secret(name):
        findings.append(f"{where}: {name} mixes a literal with the secret ('{value}'); the whole value must be ${{VAR:?message}}")


def strings(node):
    """Every string in the parsed file (keys and values; comments are not part of it)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from strings(key)
            yield from strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from strings(item)
    elif isinstance(node, str):
        yield node


def check_defaults_anywhere(path, document, findings):
    """A secret-named variable with a default anywhere in the file (command, labels, ...)."""
    for text in strings(document):
        for m in INTERPOLATION.finditer(text):
            if m.group("op") in (":-", "-") and is_secret(m.group("name")):
                weak = " (a known weak value)" if is_weak(m.group("arg")) else ""
                finding = f"{path}: ${{{m.group('name')}{m.group('op')}{m.group('arg')}}}: a secret with a default value{weak}"
                if finding not in findings:
                    findings.append(finding)


def published_entries(service):
    for entry in service.get("ports") or []:
        if isinstance(entry, dict):
            host_ip = str(entry.get("host_ip", ""))
            yield entry, host_ip, int(entry.get("target", 0))
        else:
            text = str(entry)
            if text.startswith(PUBLISH_ADDRESS + ":"):
                host_ip, rest = PUBLISH_ADDRESS, text[len(PUBLISH_ADDRESS) + 1:]
            else:
                parts = text.split(":")
                host_ip = ":".join(parts[:-2]) if len(parts) >= 3 else ""
                rest = ":".join(parts[-2:]) if len(parts) >= 2 else text
            pieces = rest.split(":")
            target = pieces[-1].split("/")[0]
            yield entry, host_ip, int(target) if target.isdigit() else 0


# user:password@ in a connection string (MongoDB, JDBC, AMQP, ...)
URI_PASSWORD = re.compile(r"://[^/:@\s]+:(?P<password>\$\{[^}]*\}|[^@\s]*)@")


def check_service(path, name, service, findings):
    where = f"{path}: service {name}"
    for var, value in environment_items(service):
        if is_secret(var) or var in REQUIRED_NAMES:
            check_variable(where, var, value, findings)
        elif value:
            for m in URI_PASSWORD.finditer(value):
                check_variable(where, f"{var} (the password in the URI)", m.group("password"), findings)

    for entry, host_ip, target in published_entries(service):
        if name not in PUBLISHABLE:
            findings.append(f"{where}: publishes '{entry}'; only {', '.join(sorted(PUBLISHABLE))} may be published")
        elif target not in PUBLISHABLE[name]:
            findings.append(f"{where}: publishes container port {target} ('{entry}'); only {sorted(PUBLISHABLE[name])} (management ports never)")
        if host_ip != PUBLISH_ADDRESS:
            findings.append(f"{where}: publishes '{entry}' on '{host_ip or 'every interface'}'; bind it to {PUBLISH_ADDRESS}")

    command = service.get("command") or []
    command_text = " ".join(command) if isinstance(command, list) else str(command)
    for flag in PROMETHEUS_FORBIDDEN_FLAGS:
        if flag in command_text:
            findings.append(f"{where}: runs with {flag}: anyone who reaches it could stop or wipe it")

    # Restart policy and health check: only where the service is defined (an override that changes
    # one setting of a service defined elsewhere has neither image nor build).
    if "image" in service or "build" in service:
        if service.get("restart") not in RESTART_POLICIES:
            findings.append(f"{where}: no restart policy ({'/'.join(sorted(RESTART_POLICIES))}): a crash would leave it down")
        healthcheck = service.get("healthcheck")
        if not healthcheck or healthcheck.get("disable"):
            findings.append(f"{where}: no health check")
        elif "build" in service:
            port = ((service.get("build") or {}).get("args") or {}).get("PORT")
            test = healthcheck.get("test")
            test_text = " ".join(test) if isinstance(test, list) else str(test)
            if port and str(port).isdigit():
                expected = f"localhost:{int(port) + 1000}/actuator/health/readiness"
                if expected not in test_text:
                    findings.append(f"{where}: the health check must ask readiness on the management port ({expected}), not '{test_text}'")


def check_compose(path, findings):
    with open(path, encoding="utf-8") as f:
        document = yaml.safe_load(f) or {}
    check_defaults_anywhere(path, document, findings)
    for name, service in (document.get("services") or {}).items():
        check_service(path, name, service or {}, findings)
    return {
        m.group("name")
        for text in strings(document)
        for m in INTERPOLATION.finditer(text)
        if m.group("op") in (":?", "?")
    }


def check_env_file(path, required, findings):
    mode = stat.S_IMODE(os.stat(path).st_mode)
    if mode & 0o077:
        findings.append(f"{path}: mode {mode:o}; secrets must be readable by the owner only (chmod 600)")
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip().strip("'\"")
    for name in sorted(required - values.keys()):
        findings.append(f"{path}: {name} is missing")
    for name, value in sorted(values.items()):
        if not is_secret(name):
            continue
        if not value:
            findings.append(f"{path}: {name} is empty")
        elif is_weak(value):
            findings.append(f"{path}: {name} has a known weak value")
        elif "ENCRYPTION_KEY" in name.upper():
            try:
                size = len(base64.b64decode(value, validate=True))
            except ValueError:
                size = -1
            if size not in (16, 24, 32):
                findings.append(f"{path}: {name} is not the base64 of a 16, 24 or 32 byte key")
        elif len(value) < MIN_SECRET_LENGTH:
            findings.append(f"{path}: {name} is shorter than {MIN_SECRET_LENGTH} characters")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--env-file", help="also check the values in this .env")
    parser.add_argument("files", nargs="+", help="docker-compose files")
    args = parser.parse_args()

    findings = []
    required = set()
    for path in args.files:
        required |= check_compose(path, findings)
    if args.env_file:
        check_env_file(args.env_file, required, findings)

    for finding in findings:
        print(f"check-compose: {finding}", file=sys.stderr)
    if findings:
        print(f"check-compose: {len(findings)} problem(s)", file=sys.stderr)
        return 1
    checked = ", ".join(args.files + ([args.env_file] if args.env_file else []))
    print(f"check-compose: ok ({checked})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
