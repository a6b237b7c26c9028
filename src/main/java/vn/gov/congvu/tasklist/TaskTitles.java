package vn.gov.congvu.tasklist;

import java.util.Optional;
import java.util.function.Function;

import vn.gov.congvu.engine.ProcessDeclaration;

/**
 * How a feature names its new tasks so that a card in Tasklist carries the case ("Phê duyệt: Phạm Thị Lan – Đà Lạt,
 * 05/12–06/12/2026") instead of the diagram's generic name. Empty keeps the diagram's name.
 */
public interface TaskTitles extends ProcessDeclaration {

  Optional<TaskTitle> titleOf(String taskKey, Function<String, Object> variables);
}
