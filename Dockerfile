# Flashpoint image: built from source with the Maven wrapper, run on a JRE as a non-root user.
#   docker build -t flashpoint .
#   docker run -p 8080:8080 -e SPRING_MONGODB_URI=mongodb://... flashpoint
# Without SPRING_MONGODB_URI the app uses its embedded store under /app/data (mount a volume
# there to keep it). docker-compose.yml runs it with MongoDB 7 as a replica set.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY schema/ schema/
COPY src/ src/
# Tests run in CI (./mvnw verify), not in the image build.
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system flashpoint \
    && useradd --system --gid flashpoint --home-dir /app --no-create-home --shell /usr/sbin/nologin flashpoint \
    && mkdir -p /app/data \
    && chown flashpoint:flashpoint /app/data
WORKDIR /app
COPY --from=build /src/target/flashpoint.jar /app/flashpoint.jar
USER flashpoint
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/flashpoint.jar"]
