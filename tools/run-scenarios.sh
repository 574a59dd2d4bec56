#!/usr/bin/env bash
# Runs scenario files with the installed ocop-rules jar (mvn install first), without touching any
# module's target/ folder: handy while editing scenarios. The normal ways are
# `java -jar ocop-examples/target/ocop.jar test <dir>` and `mvn verify`.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cpfile=${OCOP_CP_FILE:-/tmp/ocop-run.cp}
if [ ! -s "$cpfile" ]; then
  (cd "$here/ocop-rules" && mvn -q dependency:build-classpath -Dmdep.outputFile=/tmp/ocop-rules.cp -Dmdep.includeScope=runtime -Dmdep.excludeScope=test)
  echo "$(cat /tmp/ocop-rules.cp):$HOME/.m2/repository/vn/ocop/ocop-rules/0.1.0-SNAPSHOT/ocop-rules-0.1.0-SNAPSHOT.jar" > "$cpfile"
fi
exec java -cp "$(cat "$cpfile")" vn.ocop.rules.scenario.ScenarioCommand "$@"
