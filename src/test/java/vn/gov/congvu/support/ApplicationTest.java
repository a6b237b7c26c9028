package vn.gov.congvu.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo directory and a private in-memory database; one context is
 * shared by every test that extends this class. Calls go through HTTP as a client's would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProcessCoverage.class)
@AutoConfigureObservability(tracing = false) // Boot switches metrics export off in tests; /actuator/prometheus is tested
public abstract class ApplicationTest {

  public static final String DEMO_PASSWORD = "demo";

  @Autowired
  protected TestRestTemplate rest;

  /** A client logged in as a demo user. */
  protected TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, userId.equals("admin") ? "admin" : DEMO_PASSWORD);
  }

  /** A JSON request body, as clients of the APIs send it. */
  protected static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
