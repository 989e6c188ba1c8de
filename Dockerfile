# Stancegraph as a container image: built from this repository, run against a Neo4j server (external mode).
#   docker build -t stancegraph .        (or: docker compose up, see docker-compose.yml)

# ---- build: Maven on a JDK 25; the toolchains plugin selects this JDK through JAVA_HOME ----
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build
# Dependencies first, so that a change in src/ does not download them again.
COPY pom.xml .
RUN mvn -B -q dependency:go-offline || true
COPY src/ src/
COPY cypher/ cypher/
COPY seeds/ seeds/
RUN mvn -B -DskipTests package

# ---- runtime: a JRE only, as a user without privileges ----
FROM eclipse-temurin:25-jre
RUN groupadd --system stancegraph && useradd --system --gid stancegraph --home-dir /app --shell /usr/sbin/nologin stancegraph
WORKDIR /app
COPY --from=build /build/target/stancegraph.jar /app/stancegraph.jar
USER stancegraph
EXPOSE 8080
# The health check is in docker-compose.yml (the JRE image has no curl or wget; compose probes with bash's /dev/tcp).
ENTRYPOINT ["java", "-jar", "/app/stancegraph.jar"]
