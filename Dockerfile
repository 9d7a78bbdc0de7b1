# Vigie application image. Build the jar first (./mvnw -q -DskipTests install), then
# `docker compose build` or `docker build -t vigie:local .`
# The build context holds only backend/target/vigie.jar (see .dockerignore).
FROM eclipse-temurin:25-jre

# A system user without a login shell or password; fixed ids so volume permissions are predictable.
RUN groupadd --system --gid 10001 vigie \
 && useradd --system --uid 10001 --gid vigie --no-create-home --home-dir /var/lib/vigie \
            --shell /usr/sbin/nologin vigie \
 && mkdir -p /opt/vigie /var/lib/vigie \
 && chown vigie:vigie /var/lib/vigie

COPY --chown=root:root --chmod=0444 backend/target/vigie.jar /opt/vigie/vigie.jar

# Only used by an embedded server (a service without SPRING_* configuration); in compose all
# three are external and nothing is written here.
ENV VIGIE_DATA_DIR=/var/lib/vigie
WORKDIR /var/lib/vigie
USER vigie:vigie
EXPOSE 8080

# The two --*-access flags silence JDK 25 warnings from Kafka/Netty/Lucene; add more JVM options
# with JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED", "-jar", "/opt/vigie/vigie.jar"]
