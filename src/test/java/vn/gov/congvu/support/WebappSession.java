package vn.gov.congvu.support;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser-like session with the Camunda webapps: keeps the session and XSRF cookies and sends the XSRF header that
 * the webapps' CSRF filter asks for, as Tasklist's own JavaScript does.
 */
public final class WebappSession {

  private final TestRestTemplate rest;
  private final List<String> cookies = new ArrayList<>();
  private String xsrfToken;

  public WebappSession(TestRestTemplate rest) {
    this.rest = rest;
    remember(rest.getForEntity("/camunda/app/welcome/default/", String.class));
  }

  /** Logs in to one webapp (tasklist, cockpit, admin, welcome) and returns the HTTP status of the login. */
  public int login(String user, String password, String app) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> response = rest.exchange("/camunda/api/admin/auth/user/default/login/" + app,
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    remember(response);
    return response.getStatusCode().value();
  }

  public ResponseEntity<String> get(String path) {
    ResponseEntity<String> response =
        rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
    remember(response);
    return response;
  }

  /** A JSON POST, as Tasklist sends a start or a completion. */
  public ResponseEntity<String> post(String path, Object body) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
    remember(response);
    return response;
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.put(HttpHeaders.COOKIE, List.copyOf(cookies));
    if (xsrfToken != null) {
      headers.set("X-XSRF-TOKEN", xsrfToken);
    }
    return headers;
  }

  private void remember(ResponseEntity<?> response) {
    List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (set == null) {
      return;
    }
    for (String cookie : set) {
      String pair = cookie.split(";", 2)[0];
      String name = pair.split("=", 2)[0];
      cookies.removeIf(c -> c.startsWith(name + "="));
      cookies.add(pair);
      if (name.equals("XSRF-TOKEN")) {
        xsrfToken = pair.split("=", 2)[1];
      }
    }
  }
}
