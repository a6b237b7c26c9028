package vn.gov.congvu.security;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Error answers of the engine REST API ({@code /engine-rest}, and Tasklist's {@code /camunda/api/engine}) after
 * Camunda's exception mappers: a 500 that Camunda gives to input it could not read or find (a missing id, a required
 * field left out, JSON nested beyond Jackson's limit, a query setter refusing a combination) becomes the 400 or 404
 * it is; any other 500 keeps its status but shows a reference instead of the exception (Camunda logs it with its
 * stack trace just before, and this filter logs the reference); and no message shows a qualified class name, an
 * engine message code, SQL or a stack frame. The application's own refusals are answered after this, with their
 * status and Vietnamese message, by {@code inputguard.EngineErrorFilter}.
 */
class EngineRestErrorFilter implements ContainerResponseFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrorFilter.class);
  private static final Pattern QUOTED_CLASS = Pattern.compile("`(?:[a-z][a-z0-9_]*\\.)+[A-Z][\\w$]*`");
  private static final Pattern QUALIFIED_EXCEPTION =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");
  private static final Pattern LEAK = Pattern.compile("\\bat [\\w$.]+\\(|###|SELECT |INSERT INTO|UPDATE |DELETE FROM"
      + "|ibatis|SQLException|JdbcSQL|org\\.h2\\.|ACT_(?:RU|HI|RE|GE|ID)_");
  private static final String REST_LAYER = "org.camunda.bpm.engine.rest.";
  private static final String COMMAND_EXECUTION = "org.camunda.bpm.engine.impl.interceptor.";
  private static final String INVALID = "InvalidRequestException";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() < 400) {
      return;
    }
    if (response.getEntity() instanceof String text) {
      // Jackson's own mapper answers unreadable JSON in plain text, naming the DTO class it could not fill.
      answer(response, response.getStatus(), INVALID, plain(text));
      response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
      return;
    }
    if (!(response.getEntity() instanceof ExceptionDto error)) {
      return;
    }
    Throwable thrown = ((ExtendedUriInfo) request.getUriInfo()).getMappedThrowable();
    int status = response.getStatus() >= 500 && thrown != null
        ? clientError(thrown).orElse(response.getStatus()) : response.getStatus();
    if (status >= 500) {
      String reference = UUID.randomUUID().toString().substring(0, 8);
      LOG.warn("Engine REST {} {} -> {} (mã tra cứu {}): {}", request.getMethod(), request.getUriInfo().getPath(),
          status, reference, thrown == null ? error.getMessage() : thrown.toString());
      answer(response, status, "ServerError", "Lỗi máy chủ khi xử lý yêu cầu (mã tra cứu " + reference + ")");
    } else if (status != response.getStatus()) {
      answer(response, status, INVALID, plain(error.getMessage()));
    } else {
      answer(response, status, error.getType(), plain(error.getMessage()));
    }
  }

  /**
   * Camunda's message codes for refusals of the client's input that its commands raise as a plain
   * ProcessEngineException, the class it also uses for real failures.
   */
  private static final Map<String, Integer> REFUSAL_CODES = Map.of(
      "ENGINE-13024", 400, // listeners or mappings skipped on a start at the default start activity
      "ENGINE-13036", 404, // modification of a process instance that does not exist
      "ENGINE-13042", 400, // a conditional start asked of a definition that has no conditional start event
      "ENGINE-13043", 400, // no conditional start event matches
      "ENGINE-13050", 400, // job retries without job ids or query
      "ENGINE-13051", 400, // process instances without ids or query
      "ENGINE-17007", 400); // a Java-serialized variable (the format is switched off here)
  private static final Pattern ENGINE_CODE = Pattern.compile("ENGINE-\\d{5}");
  /** Camunda's message codes, as they open a message or a wrapped cause: the client has no use for them. */
  private static final Pattern ENGINE_CODE_PREFIX = Pattern.compile("ENGINE(?:-[A-Z]+)?-\\w+\\s*");

  /** The 4xx a 500 should have been, when the cause is the client's input. */
  private static Optional<Integer> clientError(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      Matcher code = ENGINE_CODE.matcher(String.valueOf(cause.getMessage()));
      if (cause instanceof ProcessEngineException && code.find() && REFUSAL_CODES.containsKey(code.group())) {
        return Optional.of(REFUSAL_CODES.get(code.group()));
      }
      if (cause instanceof NullValueException || cause instanceof BadUserRequestException) {
        String message = String.valueOf(cause.getMessage());
        return Optional.of(message.contains("doesn't exist") || message.contains("not found")
            || message.contains("no deployed") ? 404 : 400);
      }
      if (cause instanceof JsonProcessingException) {
        return Optional.of(400);
      }
      // The Java API refusing what the REST layer was building from the input (a query's or builder's setters),
      // before any command ran: nothing on the server failed.
      if (cause instanceof ProcessEngineException && !(cause instanceof ProcessEnginePersistenceException)
          && thrownAnywhereIn(cause, REST_LAYER) && !thrownAnywhereIn(cause, COMMAND_EXECUTION)) {
        return Optional.of(400);
      }
      // A DTO of the REST layer stumbling over a field the client left out or sent of the wrong type.
      if ((cause instanceof NullPointerException || cause instanceof ClassCastException
          || cause instanceof IllegalArgumentException) && thrownIn(cause, REST_LAYER)) {
        return Optional.of(400);
      }
    }
    return Optional.empty();
  }

  private static boolean thrownAnywhereIn(Throwable thrown, String prefix) {
    for (StackTraceElement frame : thrown.getStackTrace()) {
      if (frame.getClassName().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first frame outside the JDK is in the given package. */
  private static boolean thrownIn(Throwable thrown, String prefix) {
    for (StackTraceElement frame : thrown.getStackTrace()) {
      String type = frame.getClassName();
      if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
        return type.startsWith(prefix);
      }
    }
    return false;
  }

  /** The message without class names; a message showing SQL or code is not shown at all. */
  private static String plain(String message) {
    if (message == null) {
      return "Yêu cầu không hợp lệ";
    }
    if (LEAK.matcher(message).find()) {
      return "Yêu cầu không xử lý được";
    }
    String named = QUALIFIED_EXCEPTION.matcher(QUOTED_CLASS.matcher(message).replaceAll("JSON")).replaceAll("");
    return ENGINE_CODE_PREFIX.matcher(named).replaceAll("");
  }

  private static void answer(ContainerResponseContext response, int status, String type, String message) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(type);
    dto.setMessage(message);
    response.setStatus(status);
    response.setEntity(dto);
  }
}
