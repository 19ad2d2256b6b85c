package org.jatomics.checker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every check's page is bundled and is that check's page. */
class CheckDocsTest {
  @Test
  void everyCheckHasItsPage() {
    for (CheckName check : CheckName.values()) {
      String page = CheckDocs.page(check);
      assertTrue(page.startsWith("# " + check.name() + "\n"), check + ": " + page.lines().findFirst());
      assertTrue(page.contains("## What it flags"), check.name());
      assertFalse(CheckDocs.summary(check).contains("\n"), check.name());
    }
  }
}
