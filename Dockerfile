# The application's image, built from the packaged jar: `mvn package`, then `docker compose build` (or
# `docker build -t congvu-workflow .`). The jar is extracted with Spring Boot's jarmode tools (app.jar and lib/),
# which starts faster than the fat jar and lets an image rebuild reuse the unchanged library layer.
FROM eclipse-temurin:17-jre AS extract
WORKDIR /build
COPY target/congvu-workflow.jar congvu-workflow.jar
RUN java -Djarmode=tools -jar congvu-workflow.jar extract --destination /build/app \
    && mv /build/app/congvu-workflow.jar /build/app/app.jar

FROM eclipse-temurin:17-jre
ENV TZ=Asia/Ho_Chi_Minh \
    PORT=8080
RUN groupadd --system congvu && useradd --system --gid congvu --home-dir /app --shell /usr/sbin/nologin congvu
WORKDIR /app
COPY --from=extract /build/app/lib /app/lib
COPY --from=extract /build/app/app.jar /app/app.jar
USER congvu
EXPOSE 8080
# Java is all the health check needs: the readiness probe is asked by a small class of the application's own jar
# (vn.gov.congvu.cluster.ReadinessCheck), since the JRE image has no curl or wget.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=30 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx16m", "-cp", "/app/app.jar", "vn.gov.congvu.cluster.ReadinessCheck"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-jar", "/app/app.jar"]
