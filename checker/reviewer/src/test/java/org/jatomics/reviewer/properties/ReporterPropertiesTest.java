package org.jatomics.reviewer.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jatomics.checker.Applicability;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Message;
import org.jatomics.checker.MessageTemplate;
import org.jatomics.checker.Severity;
import org.jatomics.reviewer.SarifMessages;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.FileProblem;
import org.jatomics.reviewer.report.Report;
import org.jatomics.reviewer.report.Reporter;
import org.jatomics.reviewer.report.Rule;
import org.jatomics.reviewer.report.TextReporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Properties of the four output formats over what a pull request controls, its file names and the
 * source text that messages quote: every path and message survives a round trip through SARIF
 * (parsed back; URIs are valid references that decode to the path), rdjsonl (parsed back) and the
 * GitHub workflow commands (unescaped back), and no format prints a raw control character or a line
 * a CI runner would take for a workflow command of its own. jqwik generates the reports (any code
 * point, biased towards line breaks, {@code ::}, {@code :}, {@code %}, quotes, spaces, C1 controls,
 * line separators and non-BMP characters), 1,000 per property, and shrinks a failure to a minimal
 * case.
 */
class ReporterPropertiesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Property(tries = 1000)
  void sarifRoundTripsPathsAndMessages(@ForAll("reports") Report report) throws Exception {
    String out = write(Reporter.Format.SARIF, report);
    assertPrintsNoRawControlCharacter(out, "sarif");
    JsonNode run = JSON.readTree(out).at("/runs/0");
    JsonNode results = run.at("/results");
    assertEquals(report.diagnostics().size(), results.size());
    for (int i = 0; i < results.size(); i++) {
      Diagnostic d = report.diagnostics().get(i);
      JsonNode result = results.get(i);
      assertEquals(
          d.text() + (d.fixHint().isBlank() ? "" : " Fix: " + d.fixHint()),
          result.at("/message/text").asString());
      // The rule's message string filled with the result's arguments is the same text.
      JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
      assertEquals(d.check(), rule.get("id").asString());
      String pattern =
          rule.at("/messageStrings/" + result.at("/message/id").asString() + "/text").asString();
      List<String> arguments = new ArrayList<>();
      result.at("/message/arguments").forEach(a -> arguments.add(a.asString()));
      assertEquals(result.at("/message/text").asString(), SarifMessages.fill(pattern, arguments));
      JsonNode physical = result.at("/locations/0/physicalLocation");
      assertUriNames(physical.at("/artifactLocation"), d.file());
      assertEquals(d.sourceLine(d.line()), physical.at("/region/snippet/text").asString());
      if (!d.edits().isEmpty()) {
        JsonNode change = result.at("/fixes/0/artifactChanges/0");
        assertUriNames(change.at("/artifactLocation"), d.file());
        for (int e = 0; e < d.edits().size(); e++) {
          assertEquals(
              d.edits().get(e).replacement(),
              change.at("/replacements/" + e + "/insertedContent/text").asString());
        }
      }
    }
    JsonNode notifications = run.at("/invocations/0/toolExecutionNotifications");
    assertEquals(report.problems().size(), notifications.size());
    for (int i = 0; i < notifications.size(); i++) {
      FileProblem problem = report.problems().get(i);
      assertEquals(
          "could not be analysed: " + problem.message(),
          notifications.get(i).at("/message/text").asString());
      assertUriNames(
          notifications.get(i).at("/locations/0/physicalLocation/artifactLocation"),
          problem.file());
    }
  }

  @Property(tries = 1000)
  void rdjsonlRoundTripsPathsAndMessages(@ForAll("reports") Report report) throws Exception {
    String out = write(Reporter.Format.RDJSONL, report);
    assertPrintsNoRawControlCharacter(out, "rdjsonl");
    List<String> lines = lines(out);
    assertEquals(
        report.problems().size() + report.diagnostics().size(),
        lines.size(),
        "one JSON document per line");
    int at = 0;
    for (FileProblem problem : report.problems()) {
      JsonNode line = JSON.readTree(lines.get(at++));
      assertEquals(problem.file(), line.at("/location/path").asString());
      assertEquals("could not be analysed: " + problem.message(), line.at("/message").asString());
    }
    for (Diagnostic d : report.diagnostics()) {
      JsonNode line = JSON.readTree(lines.get(at++));
      assertEquals(d.file(), line.at("/location/path").asString());
      assertEquals(
          d.text() + (d.fixHint().isBlank() ? "" : "\nFix: " + d.fixHint()),
          line.at("/message").asString());
      assertEquals(d.check(), line.at("/code/value").asString());
      for (int e = 0; e < d.edits().size(); e++) {
        assertEquals(
            d.edits().get(e).replacement(), line.at("/suggestions/" + e + "/text").asString());
      }
    }
  }

  /** {@code ::error PROPERTIES::DATA}; properties hold no {@code :} once escaped. */
  private static final Pattern COMMAND = Pattern.compile("::(error|warning) ([^:]*)::(.*)");

  @Property(tries = 1000)
  void githubCommandsUnescapeBackAndInjectNothing(@ForAll("reports") Report report)
      throws Exception {
    String out = write(Reporter.Format.GITHUB, report);
    assertPrintsNoRawControlCharacter(out, "github");
    List<String> lines = lines(out);
    assertEquals(
        report.problems().size() + report.diagnostics().size(),
        lines.size(),
        "one command per line");
    List<String[]> expected = new ArrayList<>(); // {file, title, message}
    for (FileProblem problem : report.problems()) {
      expected.add(
          new String[] {problem.file(), "jatomics: could not be analysed", problem.message()});
    }
    for (Diagnostic d : report.diagnostics()) {
      expected.add(
          new String[] {
            d.file(),
            "[" + d.check() + "]",
            d.text() + (d.fixHint().isBlank() ? "" : "\nFix: " + d.fixHint())
          });
    }
    for (int i = 0; i < lines.size(); i++) {
      Matcher command = COMMAND.matcher(lines.get(i));
      assertTrue(command.matches(), "not one workflow command: " + lines.get(i));
      Map<String, String> properties = new HashMap<>();
      for (String property : command.group(2).split(",", -1)) {
        int equals = property.indexOf('=');
        assertTrue(equals > 0, "a property without a name: " + property);
        assertNull(
            properties.put(property.substring(0, equals), unescape(property.substring(equals + 1))),
            "a property twice");
      }
      assertEquals(expected.get(i)[0], properties.get("file"));
      assertEquals(expected.get(i)[1], properties.get("title"));
      assertEquals(expected.get(i)[2], unescape(command.group(3)));
    }
  }

  @Property(tries = 1000)
  void textPrintsNoControlCharacterAndNoWorkflowCommand(@ForAll("reports") Report report)
      throws Exception {
    for (boolean colour : new boolean[] {false, true}) {
      StringWriter out = new StringWriter();
      new TextReporter(colour).write(report, out);
      String text = colour ? out.toString().replaceAll("\u001b\\[[0-9;]*m", "") : out.toString();
      assertPrintsNoRawControlCharacter(text, "text");
      List<String> lines = lines(text);
      long hints = report.diagnostics().stream().filter(d -> !d.fixHint().isBlank()).count();
      assertEquals(
          report.problems().size() + report.diagnostics().size() + hints + 1, lines.size(), text);
      int at = 0;
      for (int p = 0; p < report.problems().size(); p++) {
        assertTrue(lines.get(at++).contains(": error: could not be analysed: "));
      }
      for (Diagnostic d : report.diagnostics()) {
        String line = lines.get(at++);
        assertTrue(line.contains(" [" + d.check() + "] "), line);
        if (!d.fixHint().isBlank()) {
          assertTrue(lines.get(at++).startsWith("    fix: "));
        }
      }
      assertTrue(lines.get(at).startsWith("jatomics: "));
    }
  }

  /**
   * Any UTF-16 text, unpaired surrogates included, is written by every format without an exception.
   */
  @Property(tries = 500)
  void anyCharactersAreWrittenWithoutAnException(@ForAll("anyCharReports") Report report)
      throws Exception {
    for (Reporter.Format format : Reporter.Format.values()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
        format.reporter().write(report, out);
      }
      assertEquals(
          report.diagnostics().isEmpty()
              && report.problems().isEmpty()
              && format != Reporter.Format.TEXT
              && format != Reporter.Format.SARIF,
          bytes.size() == 0,
          format + " wrote nothing");
    }
  }

  private static String write(Reporter.Format format, Report report) throws IOException {
    StringWriter out = new StringWriter();
    format.reporter().write(report, out);
    return out.toString();
  }

  /** Lines as a CI runner splits them (LF, CR, CR LF), without the final empty one. */
  private static List<String> lines(String out) {
    if (out.isEmpty()) {
      return List.of(); // nothing to report (rdjsonl, github)
    }
    assertTrue(out.endsWith("\n"), "ends with a line break");
    List<String> lines = List.of(out.substring(0, out.length() - 1).split("\r\n|\r|\n", -1));
    for (String line : lines) {
      // The runner trims leading white space (.NET's, which includes U+00A0 and U+2000..200A).
      String trimmed = line.replaceFirst("^[\\s\\p{Z}\u0085]+", "");
      assertTrue(
          !trimmed.startsWith("::") || COMMAND.matcher(line).matches(),
          "an injected workflow command: " + line);
    }
    return lines;
  }

  /** No C0 control but LF, no DEL, no C1 control, no Unicode line or paragraph separator. */
  private static void assertPrintsNoRawControlCharacter(String out, String format) {
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      boolean control =
          c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029';
      assertFalse(
          control, format + " printed U+" + String.format("%04X", (int) c) + " raw at " + i);
    }
  }

  /**
   * The reviewer's workflow-command escapes: {@code %XX} (a Latin-1 character) and {@code %uXXXX}.
   */
  private static String unescape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '%') {
        out.append(c);
      } else if (value.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(value.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
        i += 2;
      }
    }
    return out.toString();
  }

  /** Only RFC 3986 characters, and a percent sign only as an escape. */
  private static final Pattern URI_CHARACTERS =
      Pattern.compile("([A-Za-z0-9._~!$&'()*+,;=@/:-]|%[0-9A-F]{2})*");

  /** The artifact location names {@code file}: relative to %SRCROOT%, or a file URI outside it. */
  private static void assertUriNames(JsonNode location, String file) throws URISyntaxException {
    String uri = location.at("/uri").asString();
    assertTrue(URI_CHARACTERS.matcher(uri).matches(), "not a valid URI: " + uri);
    URI parsed = new URI(uri);
    if (file.startsWith("/")) {
      assertEquals("file", parsed.getScheme(), uri);
      assertFalse(location.has("uriBaseId"));
    } else {
      assertNull(parsed.getScheme(), "a relative reference has no scheme: " + uri);
      assertFalse(
          uri.substring(0, (uri + "/").indexOf('/')).contains(":"),
          "a ':' in the first segment: " + uri);
      assertEquals("%SRCROOT%", location.at("/uriBaseId").asString());
    }
    assertNull(parsed.getRawAuthority(), uri);
    assertNull(parsed.getRawQuery(), uri);
    assertNull(parsed.getRawFragment(), uri);
    assertEquals(file, parsed.getPath(), "the URI decodes to another path: " + uri);
  }

  // ----- generators

  /** Characters a hostile file name or source line is made of; every string is valid Unicode. */
  private static Arbitrary<String> piece() {
    Arbitrary<String> hostile =
        Arbitraries.of(
            "\n",
            "\r",
            "\r\n",
            ":",
            "::",
            "%",
            "%25",
            "%0A",
            " ",
            "\u00a0",
            "\u2003",
            "\"",
            "'",
            "\\",
            ",",
            "=",
            "\t",
            "\u0000",
            "\u001b",
            "\u001b[2J",
            "\u007f",
            "\u0085",
            "\u009b",
            "\u2028",
            "\u2029",
            "\ufeff",
            "#",
            "?",
            "&",
            "[",
            "]",
            "@",
            "+",
            "~",
            "é",
            "漢",
            "😀",
            "\ud834\udd1e",
            "::warning file=README.md::owned",
            "::error::x",
            "..",
            ".");
    Arbitrary<String> anyCodePoint =
        Arbitraries.integers()
            .between(0, Character.MAX_CODE_POINT)
            .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
            .map(Character::toString);
    return Arbitraries.frequencyOf(
        Tuple.of(4, hostile),
        Tuple.of(3, anyCodePoint),
        Tuple.of(3, Arbitraries.strings().alpha().numeric().ofMaxLength(5)));
  }

  private static Arbitrary<String> text(int maxPieces) {
    return piece().list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
  }

  /**
   * A path as reports show it: {@code /}-separated non-empty names, absolute for files outside the
   * root.
   */
  private static Arbitrary<String> path() {
    Arbitrary<String> name = text(6).map(n -> n.replace("/", "")).filter(n -> !n.isEmpty());
    Arbitrary<String> relative =
        name.list().ofMinSize(1).ofMaxSize(4).map(names -> String.join("/", names));
    return Arbitraries.frequencyOf(Tuple.of(4, relative), Tuple.of(1, relative.map(p -> "/" + p)));
  }

  @Provide
  Arbitrary<Report> reports() {
    return reports(path(), text(10));
  }

  @Provide
  Arbitrary<Report> anyCharReports() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20);
    return reports(any.filter(s -> !s.isEmpty()), any);
  }

  private static Arbitrary<Report> reports(Arbitrary<String> paths, Arbitrary<String> texts) {
    Arbitrary<Diagnostic.Edit> edit =
        Combinators.combine(
                Arbitraries.integers().between(1, 50), Arbitraries.integers().between(1, 80), texts)
            .as(
                (line, column, replacement) ->
                    new Diagnostic.Edit(line, column, line, column + 1, replacement));
    Arbitrary<int[]> position =
        Combinators.combine(
                Arbitraries.integers().between(1, 50), Arbitraries.integers().between(1, 80))
            .as((line, column) -> new int[] {line, column});
    Arbitrary<Diagnostic> diagnostic =
        Combinators.combine(
                paths,
                Arbitraries.of(CheckName.class),
                Arbitraries.of(Severity.class),
                position,
                texts,
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")), Tuple.of(2, texts)),
                edit.list().ofMaxSize(2),
                texts)
            .as(
                (file, check, severity, at, message, hint, edits, source) ->
                    new Diagnostic(
                        file,
                        check.name(),
                        severity,
                        at[0],
                        at[1],
                        at[0],
                        at[1] + 1,
                        Message.of(MessageTemplate.INTERNAL_FAILURE, message, hint),
                        edits.isEmpty()
                            ? null
                            : new Diagnostic.Suggestion(
                                hint, Applicability.MACHINE_APPLICABLE, edits),
                        Map.of(at[0], source)));
    Arbitrary<FileProblem> problem =
        Combinators.combine(
                paths,
                Arbitraries.integers().between(1, 50),
                Arbitraries.integers().between(1, 80),
                texts)
            .as(FileProblem::new);
    List<Rule> rules = new ArrayList<>();
    for (CheckName check : CheckName.values()) {
      rules.add(
          new Rule(
              check.name(),
              check.defaultSeverity(),
              "summary",
              "description",
              "# " + check.name(),
              null));
    }
    return Combinators.combine(diagnostic.list().ofMaxSize(3), problem.list().ofMaxSize(2))
        .as(
            (diagnostics, problems) ->
                new Report(diagnostics, problems, rules, diagnostics.size() + problems.size()));
  }
}
