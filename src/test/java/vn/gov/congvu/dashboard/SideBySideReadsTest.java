package vn.gov.congvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.gov.congvu.web.InputRejected;

class SideBySideReadsTest {

  private final SideBySideReads reads = new SideBySideReads();

  @AfterEach
  void stop() {
    reads.destroy();
  }

  @Test
  void aReadsResultAndItsOwnExceptionAsIfTheCallerHadRead() {
    assertThat(SideBySideReads.result(reads.start(() -> "x"))).isEqualTo("x");
    InputRejected refusal = InputRejected.forbidden("user", "không được xem");
    assertThatThrownBy(() -> SideBySideReads.result(reads.start(() -> {
      throw refusal;
    }))).isSameAs(refusal);
  }

  @Test
  void whenEveryThreadIsBusyTheCallerReadsItself() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<CompletableFuture<String>> busy = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      busy.add(reads.start(() -> {
        await(release);
        return Thread.currentThread().getName();
      }));
    }
    String caller = Thread.currentThread().getName();
    assertThat(SideBySideReads.result(reads.start(() -> Thread.currentThread().getName()))).isEqualTo(caller);
    release.countDown();
    for (CompletableFuture<String> read : busy) {
      assertThat(SideBySideReads.result(read)).startsWith("dashboard-read-");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
