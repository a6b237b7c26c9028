package vn.gov.congvu.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Engine work on many ids at once: queries by chunks (an IN list the databases take), writes in engine commands of a
 * few hundred items, each flushed in JDBC batches, all in the caller's transaction. One command for a whole city would
 * not do: the engine orders the inserts of a flush by their references in quadratic time.
 */
final class EngineBatches {

  private static final int QUERY_CHUNK = 500;
  private static final int COMMAND_SIZE = 250;

  private EngineBatches() {
  }

  static <T> List<T> query(List<String> ids, Function<String[], List<T>> query) {
    List<T> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += QUERY_CHUNK) {
      found.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + QUERY_CHUNK)).toArray(String[]::new)));
    }
    return found;
  }

  static <T> void inCommands(CommandExecutor executor, List<T> items, Consumer<List<T>> work) {
    for (int from = 0; from < items.size(); from += COMMAND_SIZE) {
      List<T> chunk = items.subList(from, Math.min(items.size(), from + COMMAND_SIZE));
      executor.execute(context -> {
        work.accept(chunk);
        return null;
      });
    }
  }
}
