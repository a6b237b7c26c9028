package vn.gov.congvu.tasklist;

/**
 * How soon a task wants a person, as Tasklist's task priority (the engine's default is 50). Tasklist's card says it
 * in words (congvu/tasklist.js: 100 and above "khẩn", above 50 "cao"), so the numbers here and there go together.
 */
public enum TaskPriority {
  URGENT(100),
  HIGH(75),
  NORMAL(50);

  private final int value;

  TaskPriority(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }
}
