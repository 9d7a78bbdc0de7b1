#!/usr/bin/env bash
# After a change of the workbench API: rewrites frontend/openapi/vigie.json from the description
# a test server publishes (OpenApiSnapshotIT with -Dvigie.openapi.update=true), then regenerates
# frontend/src/lib/api/schema.d.ts from it. Check the diff of both, then commit them.
set -euo pipefail
cd "$(dirname "$0")/../.."

./mvnw -B -ntp -q -pl backend -am verify -Dit.test=OpenApiSnapshotIT -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dvigie.openapi.update=true

# The build's own Node (target/node), so that no npm is needed on PATH.
cd frontend
target/node/node node_modules/openapi-typescript/bin/cli.js openapi/vigie.json -o src/lib/api/schema.d.ts
