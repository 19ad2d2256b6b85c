package org.jatomics.reviewer;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The lines a change added or modified, read from a unified diff as {@code git diff} prints it
 * (parsed with java-diff-utils). Only the new side counts: a deleted file contributes nothing, a
 * renamed file is known under its new name, and a pure rename (no hunks) touches no line.
 */
public final class ChangedLines {
  private final Map<Path, BitSet> linesByFile;

  private ChangedLines(Map<Path, BitSet> linesByFile) {
    this.linesByFile = linesByFile;
  }

  /**
   * Parses a unified diff.
   *
   * @throws IOException when the stream cannot be read or is not a unified diff
   */
  public static ChangedLines parse(InputStream diff) throws IOException {
    byte[] bytes = diff.readAllBytes();
    if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      return new ChangedLines(Map.of()); // no change at all: nothing to report
    }
    UnifiedDiff parsed;
    try {
      parsed = com.github.difflib.unifieddiff.UnifiedDiffReader.parseUnifiedDiff(new java.io.ByteArrayInputStream(bytes));
    } catch (RuntimeException e) {
      throw new IOException("not a unified diff: " + e.getMessage(), e);
    }
    if (parsed.getFiles().isEmpty()) {
      throw new IOException("not a unified diff: it names no file (expected 'git diff' output)");
    }
    Map<Path, BitSet> lines = new HashMap<>();
    for (UnifiedDiffFile file : parsed.getFiles()) {
      String newName = newName(file);
      if (newName == null) {
        continue; // deleted: no line of it is left to comment on
      }
      BitSet changed = lines.computeIfAbsent(Path.of(newName).normalize(), p -> new BitSet());
      for (AbstractDelta<String> delta : file.getPatch().getDeltas()) {
        if (delta.getType() == DeltaType.DELETE) {
          continue;
        }
        for (int line : delta.getTarget().getChangePosition()) {
          changed.set(line);
        }
      }
    }
    return new ChangedLines(lines);
  }

  /** The file's name after the change (the reader strips git's {@code b/}), null when deleted. */
  private static String newName(UnifiedDiffFile file) {
    if (file.getDeletedFileMode() != null) {
      return null;
    }
    String name = file.getRenameTo() != null ? file.getRenameTo() : file.getToFile();
    if (name == null || name.equals("/dev/null")) {
      return null;
    }
    return name;
  }

  /**
   * Whether line {@code line} (1-based) of {@code file} was added or changed. A diff path names a
   * file relative to the repository root, so it matches every file whose path ends with it.
   */
  public boolean isChanged(Path file, int line) {
    Path absolute = file.toAbsolutePath().normalize();
    for (Map.Entry<Path, BitSet> entry : linesByFile.entrySet()) {
      if (absolute.endsWith(entry.getKey()) && entry.getValue().get(line)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the diff touches any line of {@code file}: files it does not touch need no analysis. */
  public boolean touches(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return linesByFile.entrySet().stream()
        .anyMatch(e -> absolute.endsWith(e.getKey()) && !e.getValue().isEmpty());
  }
}
