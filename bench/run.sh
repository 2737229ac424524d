#!/usr/bin/env bash
# Quartiersnetz benchmark: server vs. nginx on identical bytes. Usage (see bench/README.md):
#   bench/run.sh [--sizes 10000,100000] [--duration 10s] [--connections 16] [--quick] [more: --help]
# Installs what it needs (wrk, nginx, curl, python3, JDK, Maven) when missing, builds the jar when
# missing, then runs bench/bench.py, which writes bench/results/latest.json and latest.md.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
if [ ${#need[@]} -gt 0 ]; then
  echo "[bench] installing ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi
export PATH="$PATH:/usr/sbin"

if [ ! -f webapp/target/quartiersnetz.jar ]; then
  echo "[bench] building webapp/target/quartiersnetz.jar" >&2
  mvn -B -q -o -DskipTests package 2>/dev/null || mvn -B -q -DskipTests package
fi

# bench.py stops its own children (server, nginx, wrk, imports) on exit and on signals; this trap
# covers the case where the shell itself is interrupted.
child=""
cleanup() { if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then kill -TERM "$child" 2>/dev/null; wait "$child" || true; fi; }
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM HUP
python3 bench/bench.py "$@" &
child=$!
wait "$child"
