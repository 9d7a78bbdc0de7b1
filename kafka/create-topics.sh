#!/bin/sh
# Creates (or leaves alone) the topics listed in topics.conf on an external Kafka cluster.
# Usage: create-topics.sh <bootstrap-servers> [topics.conf] — needs kafka-topics.sh on PATH
# or KAFKA_HOME set (the apache/kafka image has it under /opt/kafka/bin).
set -eu
BOOTSTRAP="${1:?bootstrap servers}"
CONF="${2:-$(dirname "$0")/topics.conf}"
TOPICS_BIN="${KAFKA_HOME:-/opt/kafka}/bin/kafka-topics.sh"
[ -x "$TOPICS_BIN" ] || TOPICS_BIN=kafka-topics.sh
REPLICATION="${REPLICATION_FACTOR:-1}"

grep -v '^[[:space:]]*#' "$CONF" | while read -r name partitions configs; do
  [ -n "${name:-}" ] || continue
  set -- --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$name" \
         --partitions "$partitions" --replication-factor "$REPLICATION"
  for c in $(echo "${configs:-}" | tr ',' ' '); do set -- "$@" --config "$c"; done
  "$TOPICS_BIN" "$@"
done
