package vn.gov.congvu.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the demo units' health services, only when {@code app.demo.enabled}. Runs once the context has started,
 * after the demo organization (loaded before the web server takes logins) has put the units in place.
 */
@Component
class DemoHealthServiceLoader {

  private static final Logger LOG = LoggerFactory.getLogger(DemoHealthServiceLoader.class);

  private final HealthServiceTable table;
  private final ObjectMapper mapper;
  private final Resource dataFile;
  private final boolean enabled;

  DemoHealthServiceLoader(HealthServiceTable table, ObjectMapper mapper,
      @Value("${app.demo.health-services:classpath:demo/health-services.json}") Resource dataFile,
      @Value("${app.demo.enabled:false}") boolean enabled) {
    this.table = table;
    this.mapper = mapper;
    this.dataFile = dataFile;
    this.enabled = enabled;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Transactional
  public void load() {
    if (!enabled) {
      return;
    }
    int changed = 0;
    for (HealthService service : read()) {
      changed += table.save(service) ? 1 : 0;
    }
    LOG.info("Demo health services from {}: {} row(s) inserted or changed", dataFile, changed);
  }

  private List<HealthService> read() {
    try (InputStream in = dataFile.getInputStream()) {
      return mapper.readValue(in, new TypeReference<List<HealthService>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo health services " + dataFile, e);
    }
  }
}
