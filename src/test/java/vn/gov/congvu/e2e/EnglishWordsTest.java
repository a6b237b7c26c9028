package vn.gov.congvu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishWordsTest {

  @Test
  void findsCockpitsEnglishButNotVietnameseNamesOrIdentifiers() {
    assertThat(EnglishWords.in("3 process definitions deployed\nList  Previews\nVersion Tag: null"))
        .containsExactly("process", "definitions", "deployed", "List", "Previews", "Version", "Tag", "null");
    assertThat(EnglishWords.in("3 quy trình đã triển khai · Ủy ban nhân dân Phường An Khánh · incident-escalation "
        + "approverGroup heads-district-1 01/12/2026 15:21 Vận hành trên nền Camunda Platform")).isEmpty();
  }
}
