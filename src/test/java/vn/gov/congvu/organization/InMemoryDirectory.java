package vn.gov.congvu.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo organization in memory, for unit tests of the rules that ask the directory something: no database, no
 * Spring. Reads the same data file as the application.
 */
public final class InMemoryDirectory extends OrganizationRepository {

  private final DemoOrganization data;

  private InMemoryDirectory(DemoOrganization data) {
    super(null, null);
    this.data = data;
  }

  /** The contract's demo organization. */
  public static OrganizationDirectory demo() {
    try (InputStream in = InMemoryDirectory.class.getResourceAsStream("/demo/organization.json")) {
      DemoOrganization read = new ObjectMapper().readValue(in, DemoOrganization.class);
      List<Unit> active = read.units().stream()
          .map(u -> new Unit(u.id(), u.name(), u.kind(), u.parentId(), true, u.seat())).toList();
      return new OrganizationDirectory(new InMemoryDirectory(new DemoOrganization(active, read.staff(),
          read.processOwners())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<Unit> units() {
    return data.units();
  }

  @Override
  public Optional<Unit> unit(String id) {
    return data.units().stream().filter(u -> u.id().equals(id)).findFirst();
  }

  @Override
  public List<StaffMember> staff() {
    return data.staff();
  }

  @Override
  public Optional<StaffMember> staffMember(String userId) {
    return data.staff().stream().filter(s -> s.userId().equals(userId)).findFirst();
  }

  @Override
  public List<Unit> ancestry(String id) {
    List<Unit> line = new ArrayList<>();
    for (Optional<Unit> at = unit(id); at.isPresent(); at = at.get().parentId() == null ? Optional.empty()
        : unit(at.get().parentId())) {
      line.add(at.get());
    }
    return line;
  }

  @Override
  public Map<String, Set<StaffRole>> staffedRoles(Collection<String> unitIds) {
    Map<String, Set<StaffRole>> roles = new HashMap<>();
    data.staff().stream().filter(s -> unitIds.contains(s.unitId()))
        .forEach(s -> roles.computeIfAbsent(s.unitId(), u -> EnumSet.noneOf(StaffRole.class)).add(s.role()));
    return roles;
  }

  @Override
  public List<ProcessOwner> processOwners() {
    return data.processOwners();
  }
}
