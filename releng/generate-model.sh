#!/usr/bin/env bash
# Regenerates bundles/org.glossator.model/src-gen from model/glossator.genmodel (EMF's generator, run headless).
# Only src-gen/ is replaced; commit the result. The build's verify phase checks that it is up to date.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
exec ./mvnw -B -q -f releng/org.glossator.model.generator/pom.xml compile exec:exec@generate
