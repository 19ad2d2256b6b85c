package org.jatomics.reviewer.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.MessageRenderer;
import org.jatomics.checker.MessageTemplate;
import org.jatomics.checker.Severity;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 with what GitHub code scanning reads: {@code tool.driver.rules} (id, short and full
 * description, help, default level, help URI, and the {@code messageStrings} of its messages), and
 * results with rule id, message (its text, and the message string's id with its arguments), a
 * 1-based region (exclusive end column, UTF-16 columns, SARIF's default), a repository-relative
 * URI, a {@code partialFingerprints.primaryLocationLineHash} and the suggested fix. Files that
 * could not be analysed are tool execution notifications, and make the invocation unsuccessful.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Between a finding's message and its hint, in SARIF's one message text. */
  private static final String FIX_SEPARATOR = " Fix: ";

  /** The SARIF base id that repository-relative URIs are relative to. */
  static final String SOURCE_ROOT = "%SRCROOT%";

  @Override
  public Output start(List<Rule> rules, Writer out) throws IOException {
    // The log is streamed: the tool part is a small tree, each result is built and written on its
    // own as its file is reviewed, and the invocation (which states every file that could not be
    // analysed and every call that could not be resolved) comes after the results, so memory does
    // not grow with the number of results (a tree of 100,000 results took 900 MB).
    ObjectNode tool = Json.PRETTY.createObjectNode();
    ObjectNode driver = tool.putObject("driver");
    driver.put("name", "jatomics");
    driver.put("semanticVersion", Versions.version());
    ArrayNode described = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (Rule rule : rules) {
      ruleIndex.put(rule.name(), ruleIndex.size());
      ObjectNode r = described.addObject();
      r.put("id", rule.name());
      r.put("name", rule.name());
      r.putObject("shortDescription").put("text", rule.summary());
      r.putObject("fullDescription").put("text", rule.description());
      // The check's whole page travels in the report (code scanning shows it); a link only when
      // the user said where the pages are hosted (Jatomics:DocsUrl).
      ObjectNode help = r.putObject("help");
      help.put("text", rule.summary() + ".");
      help.put("markdown", rule.page());
      if (rule.helpUri() != null) {
        r.put("helpUri", rule.helpUri());
      }
      r.putObject("defaultConfiguration").put("level", level(rule.severity()));
      messageStrings(r, rule.name());
      ObjectNode properties = r.putObject("properties");
      properties.putArray("tags").add("concurrency").add("jatomics");
      properties.put("precision", "high");
    }

    JsonGenerator log = Json.PRETTY.createGenerator(out);
    log.writeStartObject();
    log.writeName("$schema");
    log.writeString(SCHEMA);
    log.writeName("version");
    log.writeString("2.1.0");
    log.writeName("runs");
    log.writeStartArray();
    log.writeStartObject();
    log.writeName("tool");
    log.writeTree(tool);
    log.writeName("results");
    log.writeStartArray();
    List<FileProblem> problems = new ArrayList<>();
    List<Unresolved> unresolvedCalls = new ArrayList<>();
    return new Output() {
      @Override
      public void problem(FileProblem problem) {
        problems.add(problem);
      }

      @Override
      public void unresolved(List<Unresolved> ofOneFile) {
        unresolvedCalls.addAll(ofOneFile);
      }

      @Override
      public void findings(List<Diagnostic> ofOneFile) {
        Map<String, Integer> occurrences = new HashMap<>(); // counted per file
        for (Diagnostic d : ofOneFile) {
          log.writeTree(result(d, ruleIndex, occurrences));
        }
      }

      @Override
      public void finish(Summary summary) throws IOException {
        log.writeEndArray();
        log.writeName("invocations");
        log.writeStartArray();
        log.writeTree(invocation(problems, unresolvedCalls));
        log.writeEndArray();
        log.writeEndObject();
        log.writeEndArray();
        log.writeEndObject();
        log.close();
        out.write("\n");
      }
    };
  }

  /**
   * The invocation: successful unless a file could not be analysed; each such file, and each call
   * that could not be resolved, a notification (sorted as a whole report sorts them).
   */
  private static ObjectNode invocation(
      List<FileProblem> problems, List<Unresolved> unresolvedCalls) {
    problems.sort(Comparator.comparing(FileProblem::file));
    unresolvedCalls.sort(Report.UNRESOLVED_ORDER);
    ObjectNode invocation = Json.PRETTY.createObjectNode();
    invocation.put("executionSuccessful", problems.isEmpty());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (FileProblem problem : problems) {
      ObjectNode n = notifications.addObject();
      n.put("level", "error");
      n.putObject("message").put("text", "could not be analysed: " + problem.message());
      ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
      artifact(physical, problem.file());
      ObjectNode region = physical.putObject("region");
      region.put("startLine", problem.line());
      region.put("startColumn", problem.column());
    }
    for (Unresolved unresolved : unresolvedCalls) {
      ObjectNode n = notifications.addObject();
      n.put("level", "note");
      n.putObject("message").put("text", unresolved.message());
      ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
      artifact(physical, unresolved.file());
      ObjectNode region = physical.putObject("region");
      region.put("startLine", unresolved.line());
      region.put("startColumn", unresolved.column());
    }

    return invocation;
  }

  private static ObjectNode result(
      Diagnostic d, Map<String, Integer> ruleIndex, Map<String, Integer> occurrences) {
    ObjectNode result = Json.PRETTY.createObjectNode();
    result.put("ruleId", d.check());
    Integer index = ruleIndex.get(d.check());
    if (index != null) {
      result.put("ruleIndex", index);
    }
    result.put("level", level(d.severity()));
    ObjectNode message = result.putObject("message");
    message.put("text", d.textWithHint(FIX_SEPARATOR));
    // The same text as data: the rule's message string and its arguments (SARIF 3.11.5), so a
    // consumer can group findings by kind and read the field, operation or ordering they name.
    message.put("id", d.message().template().id());
    ArrayNode arguments = message.putArray("arguments");
    MessageRenderer.arguments(d.message()).forEach(arguments::add);
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    artifact(physical, d.file());
    ObjectNode region =
        region(physical.putObject("region"), d.line(), d.column(), d.endLine(), d.endColumn());
    region.putObject("snippet").put("text", d.sourceLine(d.line()));
    String hash = lineHash(d);
    int occurrence = occurrences.merge(d.file() + "\0" + hash, 1, Integer::sum);
    result.putObject("partialFingerprints").put("primaryLocationLineHash", hash + ":" + occurrence);
    if (d.fix() != null) {
      ObjectNode fix = result.putArray("fixes").addObject();
      fix.putObject("description").put("text", d.fix().description());
      // SARIF has no applicability of its own; a property bag carries ours (clippy's names).
      fix.putObject("properties").put("applicability", d.fix().applicability().id());
      ObjectNode change = fix.putArray("artifactChanges").addObject();
      artifact(change, d.file());
      ArrayNode replacements = change.putArray("replacements");
      for (Diagnostic.Edit edit : d.edits()) {
        ObjectNode replacement = replacements.addObject();
        region(
            replacement.putObject("deletedRegion"),
            edit.line(),
            edit.column(),
            edit.endLine(),
            edit.endColumn());
        replacement.putObject("insertedContent").put("text", edit.replacement());
      }
    }
    return result;
  }

  /** The rule's message strings: one per template its findings use, with the hint. */
  private static void messageStrings(ObjectNode rule, String name) {
    CheckName check;
    try {
      check = CheckName.valueOf(name);
    } catch (IllegalArgumentException e) {
      return;
    }
    ObjectNode strings = rule.putObject("messageStrings");
    for (MessageTemplate template : MessageTemplate.values()) {
      if (template.usedBy(check)) {
        strings
            .putObject(template.id())
            .put("text", MessageRenderer.patternWithHint(template, FIX_SEPARATOR));
      }
    }
  }

  private static void artifact(ObjectNode parent, String file) {
    ObjectNode location = parent.putObject("artifactLocation");
    location.put("uri", uri(file));
    if (!isAbsolute(file)) {
      location.put("uriBaseId", SOURCE_ROOT);
    }
  }

  /**
   * The URI of a reported path: a relative reference (RFC 3986 {@code path-noscheme}) for a path
   * under the root, a {@code file:} URI for one outside it (an absolute path). Every character but
   * the unreserved ones, the sub-delimiters, {@code @} and {@code /} is percent-encoded as UTF-8,
   * {@code :} too in a relative reference, where a colon in the first segment would make it a
   * scheme ({@code a:b/C.java}); so whatever a file name holds (spaces, {@code %}, {@code #},
   * control characters, non-ASCII), the URI is valid and decodes back to the path.
   */
  static String uri(String file) {
    if (!isAbsolute(file)) {
      return encode(file, false);
    }
    return "file://" + (file.startsWith("/") ? "" : "/") + encode(file, true);
  }

  /**
   * A path outside the root, as {@code Reviewer} shows it: {@code /...}, or {@code C:/...} on
   * Windows (elsewhere {@code C:} is an ordinary folder name).
   */
  private static boolean isAbsolute(String file) {
    return file.startsWith("/")
        || (java.io.File.separatorChar == '\\'
            && file.length() > 2
            && file.charAt(1) == ':'
            && file.charAt(2) == '/');
  }

  private static String encode(String path, boolean keepColon) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "-._~!$&'()*+,;=@/".indexOf(c) >= 0
              || (keepColon && c == ':');
      if (plain) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static ObjectNode region(
      ObjectNode region, int line, int column, int endLine, int endColumn) {
    region.put("startLine", line);
    region.put("startColumn", column);
    region.put("endLine", endLine);
    region.put("endColumn", endColumn);
    return region;
  }

  /** SARIF's level for a severity. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
    };
  }

  /**
   * A fingerprint of the flagged line that survives unrelated edits: it hashes the check's name and
   * the line's text with whitespace collapsed, not the line number, so moving code keeps it; the
   * {@code :n} suffix tells identical lines in one file apart.
   */
  static String lineHash(Diagnostic d) {
    String normalized = d.sourceLine(d.line()).strip().replaceAll("\\s+", " ");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((d.check() + "\n" + normalized).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
