#!/usr/bin/env bash
# Starts the Glossator workbench, building the product first when it is missing or older than the sources.
# A fresh workspace (GLOSSATOR_WORKSPACE, default ~/glossator-workspace) starts with the sample corpus in it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
product="$root/releng/org.glossator.product/target/products/org.glossator.app.product/linux/gtk/x86_64/glossator"

if [ ! -x "$product/glossator" ] || [ -n "$(find "$root/bundles" "$root/features" -newer "$product/glossator" -type f -not -path '*/target/*' -print -quit)" ]; then
	echo "Building the Glossator product (tests skipped)..." >&2
	"$root/mvnw" -B -q -f "$root/pom.xml" -DskipTests verify
fi

if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
	echo "No display: running under Xvfb." >&2
	exec xvfb-run -a -s "-screen 0 1600x1000x24" "$product/glossator" "$@"
fi
exec "$product/glossator" "$@"
