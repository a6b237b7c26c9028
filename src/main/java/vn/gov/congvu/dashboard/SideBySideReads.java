package vn.gov.congvu.dashboard;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The dashboard's two large reads, the incidents and the travel requests of the range (each one pass over the
 * instances and their variables in history), run side by side on connections of their own: a call waits for the
 * longer of the two instead of both. No transaction or engine context is involved (plain reads of committed rows).
 * When every thread is busy (many calls at once) the caller reads itself, as before, rather than queueing.
 */
@Component
class SideBySideReads implements DisposableBean {

  private static final int THREADS = 4;

  private final AtomicInteger created = new AtomicInteger();
  private final ThreadPoolExecutor executor = new ThreadPoolExecutor(0, THREADS, 60, TimeUnit.SECONDS,
      new SynchronousQueue<>(), runnable -> {
        Thread thread = new Thread(runnable, "dashboard-read-" + created.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      }, new ThreadPoolExecutor.CallerRunsPolicy());

  <T> CompletableFuture<T> start(Supplier<T> read) {
    return CompletableFuture.supplyAsync(read, executor);
  }

  /** The read's result, or its own exception (mapped by the API as if the caller had read). */
  static <T> T result(CompletableFuture<T> read) {
    try {
      return read.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public void destroy() {
    executor.shutdownNow();
  }
}
