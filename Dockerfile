# One image recipe for every service: build with `--build-arg MODULE=<module>`
# (gateway, partnership-service, student-service, news-service).
# docker-compose.yml passes MODULE for each service; see docs/operations.md.
#
# The build stage uses a BuildKit cache mount for ~/.m2 so the four service images share one
# local Maven repository; BuildKit is the default builder of Docker Engine 23+ and Compose v2.

ARG MODULE=gateway

FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
# Formatting (spotless) and tests are checked by CI, not by every image build.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    set -eu; \
    ./mvnw -B -ntp -DskipTests -Dspotless.check.skip=true package -pl "${MODULE}" -am; \
    jars="$(find "${MODULE}/target" -maxdepth 1 -name "${MODULE}-*.jar" \
        ! -name '*-sources.jar' ! -name '*-javadoc.jar' ! -name '*-tests.jar' ! -name '*-plain.jar')"; \
    if [ "$(printf '%s\n' "${jars}" | grep -c .)" != 1 ]; then \
        echo "expected one executable jar in ${MODULE}/target, found: ${jars:-none}" >&2; exit 1; \
    fi; \
    cp "${jars}" /application.jar

FROM eclipse-temurin:17-jre AS runtime
ARG MODULE
# PORT only documents the service's port (EXPOSE); the service itself reads its port from its own configuration.
ARG PORT=8080
LABEL org.opencontainers.image.title="intl-affairs ${MODULE}" \
      org.opencontainers.image.description="International-affairs tracking system: ${MODULE}"

# curl serves the container health checks (recent temurin images no longer ship it).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 intl \
 && useradd --system --uid 10001 --gid intl --home-dir /app --no-create-home --shell /usr/sbin/nologin intl \
 && mkdir -p /app \
 && chown intl:intl /app

WORKDIR /app
COPY --from=build --chown=intl:intl /application.jar /app/application.jar

# The JVM sizes its heap from the container's memory limit (cgroup aware), not the host's.
ENV JAVA_TOOL_OPTIONS="-XX:InitialRAMPercentage=25 -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    INTL_MODULE=${MODULE}

USER intl:intl
EXPOSE ${PORT}
ENTRYPOINT ["java", "-jar", "/app/application.jar"]
