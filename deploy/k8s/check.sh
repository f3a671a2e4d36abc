#!/usr/bin/env bash
# Renders deploy/k8s (base, overlays/local, overlays/production) and validates every object against the Kubernetes
# schemas, offline, with npm packages only (kubernetes-models, yaml, fast-json-patch): see check/check.mjs.
# K8S_CHECK_PRINT=production deploy/k8s/check.sh also prints the rendered production manifests.
set -euo pipefail
cd "$(dirname "$0")/check"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
node check.mjs
