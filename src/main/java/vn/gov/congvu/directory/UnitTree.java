package vn.gov.congvu.directory;

import static vn.gov.congvu.directory.DirectoryColumns.UNITS;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gov.congvu.organization.Unit;

/** The units of a file as a tree: parents known, no cycle, one City at the root, seats that are wards. */
final class UnitTree {

  private static final int MAX_DEPTH = 16;

  private UnitTree() {
  }

  static void check(Map<String, Unit> units, Map<String, Integer> lines, Set<String> ids, Problems problems) {
    List<Unit> cities = units.values().stream().filter(Unit::isCity).toList();
    if (cities.isEmpty()) {
      problems.add(UNITS, null, "Tệp không có Ủy ban nhân dân Thành phố (một đơn vị loại CITY, không có cấp trên).");
    }
    for (Unit extra : cities.subList(Math.min(1, cities.size()), cities.size())) {
      problems.add(UNITS, lines.get(extra.id()), "Chỉ có một đơn vị loại CITY; đã có '" + cities.get(0).id()
          + "' ở dòng " + lines.get(cities.get(0).id()) + ".");
    }
    for (Unit unit : units.values()) {
      Integer line = lines.get(unit.id());
      if (unit.parentId() != null && !ids.contains(unit.parentId())) {
        problems.add(UNITS, line, "Đơn vị cấp trên '" + unit.parentId() + "' không có trong trang units.");
      }
      seat(unit, units, ids, line, problems);
    }
    cycles(units, lines, problems);
  }

  private static void seat(Unit unit, Map<String, Unit> units, Set<String> ids, Integer line, Problems problems) {
    Unit seat = units.get(unit.seat());
    if (unit.isWard() && !unit.seat().equals(unit.id())) {
      problems.add(UNITS, line, seat == null || seat.isWard()
          ? "Trụ sở của một phường là chính phường đó: để '" + unit.id() + "' hoặc để trống cột seat."
          : "Trụ sở '" + unit.seat() + "' của phường không phải là phường (loại " + seat.kind() + "); trụ sở của "
              + "một phường là chính phường đó.");
    } else if (seat == null && !ids.contains(unit.seat())) {
      problems.add(UNITS, line, "Trụ sở '" + unit.seat() + "' không có trong trang units.");
    } else if (seat != null && !seat.isWard()) {
      problems.add(UNITS, line, "Trụ sở '" + unit.seat() + "' không phải là phường (loại " + seat.kind()
          + "); cột seat ghi mã phường nơi đơn vị đặt trụ sở.");
    }
  }

  /**
   * Walks each unit up to the root once (depths are remembered): each unit on a cycle of parents gets the cycle at
   * its line, each unit deeper than the directory follows gets its line.
   */
  private static void cycles(Map<String, Unit> units, Map<String, Integer> lines, Problems problems) {
    Map<String, Integer> depth = new HashMap<>();
    for (Unit start : units.values()) {
      List<String> path = new ArrayList<>();
      Unit at = start;
      while (at != null && !depth.containsKey(at.id()) && !path.contains(at.id())) {
        path.add(at.id());
        at = units.get(at.parentId());
      }
      int base;
      if (at == null) {
        base = -1; // reached the root, or a parent reported as unknown
      } else if (depth.containsKey(at.id())) {
        base = depth.get(at.id());
      } else { // back at a unit of this walk: a cycle
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(at.id()), path.size()));
        cycle.add(at.id());
        cycle.subList(0, cycle.size() - 1).forEach(id -> problems.add(UNITS, lines.get(id),
            "Vòng lặp đơn vị cấp trên: " + String.join(" → ", cycle) + "."));
        path.forEach(id -> depth.put(id, Integer.MIN_VALUE / 2));
        continue;
      }
      for (int i = path.size() - 1; i >= 0; i--) {
        depth.put(path.get(i), ++base);
        if (base == MAX_DEPTH + 1) {
          problems.add(UNITS, lines.get(path.get(i)), "Đơn vị nằm sâu hơn " + MAX_DEPTH + " cấp dưới Thành phố.");
        }
      }
    }
  }

  /** Parents before children, breadth first from the root; units cut off from it (never applied) come last. */
  static List<Unit> parentsFirst(Map<String, Unit> units) {
    Map<String, List<Unit>> children = new HashMap<>();
    Deque<Unit> queue = new ArrayDeque<>();
    for (Unit unit : units.values()) {
      if (unit.parentId() == null) {
        queue.add(unit);
      } else {
        children.computeIfAbsent(unit.parentId(), p -> new ArrayList<>()).add(unit);
      }
    }
    List<Unit> ordered = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      Unit unit = queue.poll();
      if (seen.add(unit.id())) {
        ordered.add(unit);
        queue.addAll(children.getOrDefault(unit.id(), List.of()));
      }
    }
    units.values().stream().filter(u -> !seen.contains(u.id())).forEach(ordered::add);
    return ordered;
  }
}
