package vn.gov.congvu.identity;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.identity.User;

import vn.gov.congvu.organization.DirectoryGroups;
import vn.gov.congvu.organization.ProcessOwner;
import vn.gov.congvu.organization.StaffMember;
import vn.gov.congvu.organization.StaffRole;
import vn.gov.congvu.organization.Unit;

/** The Camunda identity the directory calls for: groups with their names, users, and each user's groups. */
record DirectoryIdentity(Map<String, String> groupNames, Map<String, Person> users, Map<String, Set<String>> memberships) {

  /** A Camunda user as the directory describes it. */
  record Person(String id, String firstName, String lastName, String email) {

    /** Vietnamese names put the given name last: "Nguyễn Văn An" shows as first "Nguyễn Văn", last "An". */
    static Person of(String id, String fullName, String email) {
      String name = fullName.trim();
      int split = name.lastIndexOf(' ');
      return split < 0 ? new Person(id, name, "", email)
          : new Person(id, name.substring(0, split), name.substring(split + 1), email);
    }

    /** Whether a Camunda user already shows this person's name and e-mail (then nothing is written). */
    boolean isShownBy(User user) {
      return Objects.equals(user.getFirstName(), firstName) && Objects.equals(user.getLastName(), lastName)
          && Objects.equals(user.getEmail(), email);
    }

    void showOn(User user) {
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
    }
  }

  static DirectoryIdentity of(Iterable<Unit> units, Iterable<StaffMember> staff, Iterable<ProcessOwner> owners) {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(DirectoryGroups.STAFF, "Toàn bộ cán bộ, công chức");
    groups.put(DirectoryGroups.DUTY_OFFICERS, "Cán bộ trực 24/7");
    groups.put(DirectoryGroups.UNIT_HEADS, "Thủ trưởng các đơn vị");
    groups.put(DirectoryGroups.PROCESS_OWNERS, "Chủ quản quy trình");
    for (Unit unit : units) {
      groups.put(DirectoryGroups.heads(unit.id()), "Lãnh đạo - " + unit.name());
      groups.put(DirectoryGroups.deputies(unit.id()), "Cấp phó - " + unit.name());
      groups.put(DirectoryGroups.duty(unit.id()), "Trực ban - " + unit.name());
      groups.put(DirectoryGroups.members(unit.id()), "Cán bộ - " + unit.name());
    }
    Map<String, Person> users = new LinkedHashMap<>();
    Map<String, Set<String>> memberships = new LinkedHashMap<>();
    for (StaffMember member : staff) {
      users.put(member.userId(), Person.of(member.userId(), member.fullName(), member.email()));
      Set<String> mine = new LinkedHashSet<>();
      mine.add(DirectoryGroups.STAFF);
      mine.add(DirectoryGroups.members(member.unitId()));
      DirectoryGroups.forRole(member.unitId(), member.role()).ifPresent(mine::add);
      if (member.role() == StaffRole.DUTY) {
        mine.add(DirectoryGroups.DUTY_OFFICERS);
      }
      if (member.role() == StaffRole.HEAD) {
        mine.add(DirectoryGroups.UNIT_HEADS);
      }
      memberships.put(member.userId(), mine);
    }
    for (ProcessOwner owner : owners) {
      users.put(owner.userId(), Person.of(owner.userId(), owner.fullName(), owner.email()));
      memberships.put(owner.userId(), Set.of(DirectoryGroups.PROCESS_OWNERS));
    }
    return new DirectoryIdentity(groups, users, memberships);
  }
}
