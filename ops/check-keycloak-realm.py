#!/usr/bin/env python3
"""Checks a Keycloak realm export against what the gateway and the services need and, unless
--demo, against what a production realm must not contain.

    ops/check-keycloak-realm.py ops/keycloak/realm/realm-intl.json        # production rules
    ops/check-keycloak-realm.py --demo ops/keycloak/demo/realm-intl.json  # token shape only

Always: the six roles exist; every client that issues tokens puts the realm roles in a `roles`
claim and adds the audience (default intl-api) to access tokens.
Production: no users (people are created or federated by the office, never shipped with known
passwords), no password grant (direct access grants), no implicit flow, PKCE S256 on every public
client with the authorization code flow, no wildcard redirect, brute-force protection on, TLS
required for external requests. Exit status 1 and one line per finding when anything is wrong.
"""

import argparse
import json
import sys

ROLES = {"ADMIN", "PARTNERSHIP_OFFICER", "STUDENT_COUNSELOR", "NEWS_EDITOR", "FACULTY_OFFICER", "VIEWER"}


def mappers(client, kind):
    return [m for m in client.get("protocolMappers", []) if m.get("protocolMapper") == kind]


def check_token_shape(realm, audience, findings):
    names = {r.get("name") for r in realm.get("roles", {}).get("realm", [])}
    for role in sorted(ROLES - names):
        findings.append(f"realm role {role} is missing")
    clients = [c for c in realm.get("clients", []) if c.get("enabled", True)]
    if not clients:
        findings.append("no client: nobody can get a token")
    for client in clients:
        cid = client.get("clientId")
        if not any(
            m.get("config", {}).get("claim.name") == "roles"
            and m.get("config", {}).get("access.token.claim") == "true"
            for m in mappers(client, "oidc-usermodel-realm-role-mapper")
        ):
            findings.append(f"client {cid}: no realm-role mapper to the access token's `roles` claim")
        if not any(
            m.get("config", {}).get("included.custom.audience") == audience
            and m.get("config", {}).get("access.token.claim") == "true"
            for m in mappers(client, "oidc-audience-mapper")
        ):
            findings.append(f"client {cid}: no audience mapper adding '{audience}' to access tokens")


def check_production(realm, findings):
    if realm.get("users"):
        names = ", ".join(u.get("username", "?") for u in realm["users"])
        findings.append(f"the realm ships users ({names}): production users are created or federated by the office")
    if not realm.get("bruteForceProtected"):
        findings.append("bruteForceProtected is off")
    if realm.get("sslRequired", "external") == "none":
        findings.append("sslRequired is none: passwords and tokens could cross the network in clear")
    if realm.get("registrationAllowed"):
        findings.append("self-registration is allowed")
    for client in realm.get("clients", []):
        cid = client.get("clientId")
        if client.get("directAccessGrantsEnabled"):
            findings.append(f"client {cid}: password grant (directAccessGrantsEnabled) is on")
        if client.get("implicitFlowEnabled"):
            findings.append(f"client {cid}: implicit flow is on")
        attributes = client.get("attributes", {})
        if client.get("publicClient") and client.get("standardFlowEnabled", True):
            if attributes.get("pkce.code.challenge.method") != "S256":
                findings.append(f"client {cid}: public client without PKCE S256")
        if attributes.get("oauth2.device.authorization.grant.enabled") == "true":
            findings.append(f"client {cid}: device authorization grant is on")
        for uri in client.get("redirectUris", []):
            if uri in ("*", "/*") or uri.startswith("http://*") or uri.startswith("https://*"):
                findings.append(f"client {cid}: wildcard redirect URI '{uri}'")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", action="store_true", help="check only the token shape (a demo realm)")
    parser.add_argument("--audience", default="intl-api", help="the audience the services require")
    parser.add_argument("realm", help="realm export (JSON)")
    args = parser.parse_args()

    with open(args.realm, encoding="utf-8") as f:
        realm = json.load(f)
    findings = []
    check_token_shape(realm, args.audience, findings)
    if not args.demo:
        check_production(realm, findings)

    for finding in findings:
        print(f"check-keycloak-realm: {args.realm}: {finding}", file=sys.stderr)
    if findings:
        return 1
    print(f"check-keycloak-realm: ok ({args.realm}{', demo rules' if args.demo else ', production rules'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
