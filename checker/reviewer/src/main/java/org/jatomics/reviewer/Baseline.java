package org.jatomics.reviewer;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jatomics.reviewer.Jatomics.UsageException;
import org.jatomics.reviewer.report.Diagnostic;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Findings a team has accepted ({@code --baseline FILE}, written by {@code --write-baseline FILE}):
 * a JSON file that lists each finding by check, file and the content of its line (whitespace
 * collapsed), plus an occurrence index that tells identical lines of one file apart. There are no
 * line numbers, so an entry keeps matching when unrelated edits move its line; a finding is
 * reported again once its line changes.
 */
final class Baseline {
  /** The format's version, the value of the top-level {@value #FORMAT_KEY} key. */
  static final int FORMAT = 1;

  static final String FORMAT_KEY = "jatomicsBaseline";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller closes the file
          .build();

  /**
   * One accepted finding.
   *
   * @param check the check's name
   * @param file the path as reports print it (relative to the root)
   * @param line the flagged line's text, whitespace collapsed
   * @param occurrence 1 for the first finding of this check on such a line in the file, 2 for the
   *     second, ...
   */
  record Entry(String check, String file, String line, int occurrence) {}

  private final Set<Entry> entries;

  private Baseline(Set<Entry> entries) {
    this.entries = entries;
  }

  /** The entries of the report's findings, in the report's order. */
  static List<Entry> entries(List<Diagnostic> diagnostics) {
    Map<List<String>, Integer> seen = new HashMap<>();
    List<Entry> result = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      String line = d.sourceLine(d.line()).strip().replaceAll("\\s+", " ");
      int occurrence = seen.merge(List.of(d.check(), d.file(), line), 1, Integer::sum);
      result.add(new Entry(d.check(), d.file(), line, occurrence));
    }
    return result;
  }

  /**
   * Reads a baseline.
   *
   * @throws UsageException when the file is missing, unreadable or not a baseline, saying why
   */
  static Baseline read(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UsageException(
          "--baseline: no such file: " + file + " (write one with --write-baseline)");
    } catch (IOException e) {
      throw new UsageException("--baseline: cannot read " + file + ": " + e.getMessage());
    }
    return parse(file.toString(), content);
  }

  /**
   * Reads a baseline from {@code content}, the file {@code name} (a path, or where in a commit it
   * was read).
   *
   * @throws UsageException when it is not a baseline, saying why
   */
  static Baseline parse(String name, byte[] content) {
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JacksonException e) {
      throw malformed(
          name,
          "not JSON: "
              + e.getOriginalMessage()
              + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
    }
    if (root == null || !root.isObject() || !root.path(FORMAT_KEY).isInt()) {
      throw malformed(
          name, "expected an object with \"" + FORMAT_KEY + "\": " + FORMAT + " and \"findings\"");
    }
    if (root.get(FORMAT_KEY).asInt() != FORMAT) {
      throw malformed(
          name,
          "format "
              + root.get(FORMAT_KEY).asInt()
              + " is not supported (this reviewer reads "
              + FORMAT
              + ")");
    }
    JsonNode findings = root.path("findings");
    if (!findings.isArray()) {
      throw malformed(name, "\"findings\" must be an array");
    }
    Set<Entry> entries = new HashSet<>();
    int index = 0;
    for (JsonNode f : findings) {
      String where = "findings[" + index++ + "]";
      if (!f.isObject()
          || !f.path("check").isString()
          || !f.path("file").isString()
          || !f.path("line").isString()
          || !f.path("occurrence").isInt()
          || f.get("occurrence").asInt() < 1) {
        throw malformed(
            name,
            where
                + " must have \"check\", \"file\", \"line\" (strings) and \"occurrence\" (1 or more)");
      }
      entries.add(
          new Entry(
              f.get("check").asString(),
              f.get("file").asString(),
              f.get("line").asString(),
              f.get("occurrence").asInt()));
    }
    return new Baseline(entries);
  }

  private static UsageException malformed(String name, String why) {
    return new UsageException("--baseline: " + name + " is not a jatomics baseline: " + why);
  }

  /**
   * One file's findings (all of them, in report order, as the reviewer reports a file) without
   * those this baseline accepts.
   */
  List<Diagnostic> filter(List<Diagnostic> ofOneFile) {
    List<Diagnostic> kept = new ArrayList<>();
    List<Entry> keys = entries(ofOneFile);
    for (int i = 0; i < keys.size(); i++) {
      if (!entries.contains(keys.get(i))) {
        kept.add(ofOneFile.get(i));
      }
    }
    return kept;
  }

  /**
   * Writes a baseline as the findings come ({@code --write-baseline}), one file's at a time in
   * report order: nothing is held but the current file's.
   */
  static final class Recorder {
    private final Writer out;
    private final JsonGenerator json;
    private long recorded;

    /** Starts a baseline on {@code out}, which the caller closes. */
    Recorder(Writer out) {
      this.out = out;
      json = JSON.createGenerator(out);
      json.writeStartObject();
      json.writeName(FORMAT_KEY);
      json.writeNumber(FORMAT);
      json.writeName("findings");
      json.writeStartArray();
    }

    /** Records one file's findings. */
    void add(List<Diagnostic> ofOneFile) {
      for (Entry e : entries(ofOneFile)) {
        json.writeStartObject();
        json.writeName("check");
        json.writeString(e.check());
        json.writeName("file");
        json.writeString(e.file());
        json.writeName("line");
        json.writeString(e.line());
        json.writeName("occurrence");
        json.writeNumber(e.occurrence());
        json.writeEndObject();
        recorded++;
      }
    }

    /** Findings recorded so far. */
    long recorded() {
      return recorded;
    }

    /** Ends the baseline. */
    void finish() throws IOException {
      json.writeEndArray();
      json.writeEndObject();
      json.close();
      out.write("\n");
    }
  }
}
