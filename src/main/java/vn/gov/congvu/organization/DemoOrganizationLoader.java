package vn.gov.congvu.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the contract's demo organization into the directory tables, only when {@code app.demo.enabled} (the default
 * profile). Upserts, so a second start changes nothing and an edited data file propagates.
 */
@Component
public class DemoOrganizationLoader {

  private static final Logger LOG = LoggerFactory.getLogger(DemoOrganizationLoader.class);

  private final OrganizationRepository repository;
  private final ObjectMapper mapper;
  private final Resource dataFile;
  private final boolean enabled;

  DemoOrganizationLoader(OrganizationRepository repository, ObjectMapper mapper,
      @Value("${app.demo.organization:classpath:demo/organization.json}") Resource dataFile,
      @Value("${app.demo.enabled:false}") boolean enabled) {
    this.repository = repository;
    this.mapper = mapper;
    this.dataFile = dataFile;
    this.enabled = enabled;
  }

  /** Returns how many rows were inserted or changed. */
  @Transactional
  public int load() {
    if (!enabled) {
      return 0;
    }
    DemoOrganization data = read();
    int changed = 0;
    // Units are sorted parents first by the file's order; the foreign key requires it.
    for (Unit unit : data.units()) {
      changed += repository.save(new Unit(unit.id(), unit.name(), unit.kind(), unit.parentId(), true,
          unit.seat())) ? 1 : 0;
    }
    for (StaffMember member : data.staff()) {
      changed += repository.save(member) ? 1 : 0;
    }
    for (ProcessOwner owner : data.processOwners()) {
      changed += repository.save(owner) ? 1 : 0;
    }
    LOG.info("Demo organization from {}: {} row(s) inserted or changed", dataFile, changed);
    return changed;
  }

  private DemoOrganization read() {
    try (InputStream in = dataFile.getInputStream()) {
      return mapper.readValue(in, DemoOrganization.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo organization " + dataFile, e);
    }
  }
}
