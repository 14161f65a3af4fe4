# The application image, built from this repository: docker compose up
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# only the application and what it needs (planner-spark is a separate job jar)
RUN ./mvnw -B -DskipTests -pl planner-web -am package

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home planner
USER planner
WORKDIR /app
COPY --from=build /src/planner-web/target/planner-web-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
