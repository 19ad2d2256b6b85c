package org.jatomics.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.checker.model.SourceText;
import org.jatomics.reviewer.Reviewer;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.Report;

/** The reviewer front end over a tree, as {@code jatomics review ROOT} runs it. */
final class ReviewerFindings {
  private ReviewerFindings() {}

  /** Every file's diagnostics, keyed by absolute path. */
  static Map<Path, List<Diagnostic>> run(Path root) {
    Reviewer.Options options =
        new Reviewer.Options(
            List.of(root),
            root,
            null,
            2,
            EnumSet.allOf(CheckName.class),
            Config.DEFAULT,
            null,
            false);
    Report report;
    try {
      report = new Reviewer(options).review();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!report.problems().isEmpty()) {
      throw new AssertionError("the reviewer could not read: " + report.problems());
    }
    Map<Path, List<Diagnostic>> result = new TreeMap<>();
    for (Diagnostic d : report.diagnostics()) {
      result
          .computeIfAbsent(
              root.resolve(d.file()).toAbsolutePath().normalize(), f -> new ArrayList<>())
          .add(d);
    }
    return result;
  }

  /** {@code text} with the edits of {@code d}'s fix applied, or {@code null} when it has none. */
  static String fixed(String text, Diagnostic d) {
    if (d.edits().isEmpty()) {
      return null;
    }
    SourceText source = new SourceText(text);
    List<int[]> ranges = new ArrayList<>();
    for (int i = 0; i < d.edits().size(); i++) {
      Diagnostic.Edit edit = d.edits().get(i);
      ranges.add(
          new int[] {
            source.offset(edit.line(), edit.column()),
            source.offset(edit.endLine(), edit.endColumn()),
            i
          });
    }
    ranges.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[2]).reversed());
    StringBuilder result = new StringBuilder(text);
    for (int[] r : ranges) {
      result.replace(r[0], r[1], d.edits().get(r[2]).replacement());
    }
    return result.toString();
  }

  /** The text of {@code file}. */
  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
