# Flashpoint image: built from source with the Maven wrapper, run on a JRE as a non-root user.
#   docker build -t flashpoint .
#   docker run -p 8080:8080 -e FLASHPOINT_ADMIN_KEY=... -e SPRING_MONGODB_URI=mongodb://... flashpoint
# Without SPRING_MONGODB_URI the app uses its embedded store under /app/data (mount a volume
# there to keep it). docker-compose.yml runs it with MongoDB 7 as a replica set.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# The dependencies first, in a layer of their own: it is rebuilt only when the pom or the
# wrapper changes, so editing the sources does not download the Maven repository again.
# The build of the bare pom resolves every dependency and plugin the real build uses, as
# it resolves them (dependency:go-offline ignores the pom's wildcard exclusions and fails
# on the npm WebJars' version ranges); the empty jar it makes is thrown away below.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q -DskipTests -Dspring-boot.repackage.skip=true package && rm -rf target
COPY schema/ schema/
COPY src/ src/
# Tests run in CI (./mvnw verify), not in the image build.
RUN ./mvnw -B -q -DskipTests package \
    && java -Djarmode=tools -jar target/flashpoint.jar extract --layers --destination target/extracted

FROM eclipse-temurin:17-jre
# curl for the container's health check (docker-compose.yml), whether or not the base image has it.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system flashpoint \
    && useradd --system --gid flashpoint --home-dir /app --no-create-home --shell /usr/sbin/nologin flashpoint \
    && mkdir -p /app/data \
    && chown flashpoint:flashpoint /app/data
WORKDIR /app
# Spring Boot's layers, least changing first: a new build of the app replaces only the
# last, small layer, not the 56 MB of libraries.
COPY --from=build /src/target/extracted/dependencies/ ./
COPY --from=build /src/target/extracted/spring-boot-loader/ ./
COPY --from=build /src/target/extracted/snapshot-dependencies/ ./
COPY --from=build /src/target/extracted/application/ ./
USER flashpoint
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/flashpoint.jar"]
