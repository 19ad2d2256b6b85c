package org.jatomics.reviewer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Processor;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.validator.postprocessors.Java25PostProcessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Checks;
import org.jatomics.checker.Config;
import org.jatomics.checker.Finding;
import org.jatomics.checker.Fix;
import org.jatomics.checker.TextEdit;
import org.jatomics.checker.model.LineColumn;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.SourceText;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.model.UnresolvedReceiver;
import org.jatomics.reviewer.frontend.FactExtractor;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.Unresolved;

/**
 * One file's review: parse its text, translate the tree into facts against the cross-file index,
 * run the rules, and describe each finding with its fix as reporters need it. The batch reviewer
 * ({@link Reviewer}) and the language server both review files through here.
 */
public final class FileReview {
  private FileReview() {}

  /**
   * Parses {@code text} as Java 25 (positions kept: they come from the tokens). Source is Java
   * source after unicode-escape translation (JLS 3.3, contract section 7): when the text may hold
   * an escape, JavaParser translates it (backslash-u0078{@code ++;} is {@code x++;}, an escaped
   * line break ends a line comment, an escaped star-slash a block comment) and maps every node's
   * range back to the original text, so findings are reported where the code sits in the file.
   */
  public static ParseResult<CompilationUnit> parse(String text) {
    ParserConfiguration configuration =
        new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
            .setPreprocessUnicodeEscapes(mayHoldUnicodeEscape(text));
    return new JavaParser(configuration).parse(text);
  }

  /**
   * Whether {@code text} has a backslash followed by u; without one, translation is the identity.
   */
  static boolean mayHoldUnicodeEscape(String text) {
    return text.contains("\\u");
  }

  /**
   * Parses {@code text} as {@link #parse} does (Java 25, {@code var} resolved to {@code VarType}),
   * but without JavaParser's semantic validation (a class extending two classes, a misplaced
   * modifier, a reserved word as a name): the validators walk the whole tree a dozen times and take
   * about 40% of the parse. The language server parses this way: the editor's compiler reports such
   * errors as the user types, and the checks read nothing the validators check. Valid code gives
   * the same tree either way.
   */
  public static ParseResult<CompilationUnit> parseUnvalidated(String text) {
    return new JavaParser(mayHoldUnicodeEscape(text) ? UNVALIDATED_ESCAPES : UNVALIDATED)
        .parse(text);
  }

  /**
   * Java 25 with its post-processors and without its validators. JavaParser runs both from one
   * processor of its configuration (an anonymous class, found here by name: the version is pinned,
   * and {@code FileReviewParseTest} fails if a new version renames it); the post-processors are
   * added back on their own.
   */
  private static final ParserConfiguration UNVALIDATED = unvalidated(false);

  private static final ParserConfiguration UNVALIDATED_ESCAPES = unvalidated(true);

  private static ParserConfiguration unvalidated(boolean unicodeEscapes) {
    ParserConfiguration configuration =
        new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
            .setPreprocessUnicodeEscapes(unicodeEscapes);
    boolean removed =
        configuration
            .getProcessors()
            .removeIf(
                p ->
                    p.get()
                        .getClass()
                        .getName()
                        .equals(ParserConfiguration.class.getName() + "$2"));
    if (removed) {
      Java25PostProcessor postProcessors = new Java25PostProcessor();
      configuration
          .getProcessors()
          .add(
              () ->
                  new Processor() {
                    @Override
                    public void postProcess(
                        ParseResult<? extends Node> result, ParserConfiguration configuration) {
                      postProcessors.postProcess(result, configuration);
                    }
                  });
    }
    return configuration;
  }

  /**
   * The diagnostics of one parsed file.
   *
   * @param display the file's path as reports show it
   * @param text the file's text (after decoding)
   * @param unit its tree
   * @param frontEnd the translator, with the cross-file index
   * @param config the checker options
   * @param checks the checks to run
   * @param lineWanted whether a finding starting on a (1-based) line is reported
   */
  public static List<Diagnostic> analyse(
      String display,
      String text,
      CompilationUnit unit,
      FactExtractor frontEnd,
      Config config,
      Set<CheckName> checks,
      IntPredicate lineWanted) {
    return analyse(display, text, unit, frontEnd, config, checks, lineWanted, unresolved -> {});
  }

  /**
   * The diagnostics of one parsed file, as {@link #analyse(String, String, CompilationUnit,
   * FactExtractor, Config, Set, IntPredicate)}; what could not be resolved (on wanted lines) goes
   * to {@code unresolved}.
   */
  public static List<Diagnostic> analyse(
      String display,
      String text,
      CompilationUnit unit,
      FactExtractor frontEnd,
      Config config,
      Set<CheckName> checks,
      IntPredicate lineWanted,
      Consumer<Unresolved> unresolved) {
    UnitFacts facts = frontEnd.extract(display, text, unit);
    for (UnresolvedReceiver receiver : facts.unresolvedReceivers()) {
      LineColumn at = facts.source().position(receiver.range().start());
      if (lineWanted.test(at.line())) {
        unresolved.accept(
            new Unresolved(
                display,
                at.line(),
                at.column(),
                "could not resolve the type of `"
                    + receiver.receiver()
                    + "` in `"
                    + receiver.receiver()
                    + "."
                    + receiver.method()
                    + "(...)`: if it is sun.misc.Unsafe the call is an"
                    + " unsafe operation that MissingSafetyComment could not check; pass the jar"
                    + " declaring it with --classpath"));
      }
    }
    List<Diagnostic> result = new ArrayList<>();
    for (Finding finding : Checks.run(facts, config, checks)) {
      if (lineWanted.test(finding.start().line())) {
        result.add(diagnostic(display, facts.source(), unit, finding));
      }
    }
    return result;
  }

  private static Diagnostic diagnostic(
      String display, SourceText source, CompilationUnit unit, Finding finding) {
    Map<Integer, String> lines = new HashMap<>();
    keepLines(source, finding.start().line(), finding.end().line(), lines);
    Diagnostic.Suggestion suggestion = null;
    if (finding.fix() != null) {
      List<Diagnostic.Edit> edits = new ArrayList<>();
      for (TextEdit edit : finding.fix().edits()) {
        edits.add(edit(source, edit.range(), edit.replacement(), lines));
      }
      String imports = importLines(finding.fix());
      if (!imports.isEmpty()) {
        int at = importInsertionPoint(source, unit);
        edits.add(edit(source, new SourceRange(at, at), imports, lines));
      }
      suggestion =
          new Diagnostic.Suggestion(
              finding.fix().description(), finding.fix().applicability(), edits);
    }
    return new Diagnostic(
        display,
        finding.check().name(),
        finding.severity(),
        finding.start().line(),
        finding.start().column(),
        finding.end().line(),
        finding.end().column(),
        finding.message(),
        suggestion,
        lines);
  }

  private static Diagnostic.Edit edit(
      SourceText source, SourceRange range, String replacement, Map<Integer, String> lines) {
    LineColumn start = source.position(range.start());
    LineColumn end = source.position(range.end());
    keepLines(source, start.line(), end.line(), lines);
    return new Diagnostic.Edit(start.line(), start.column(), end.line(), end.column(), replacement);
  }

  private static void keepLines(SourceText source, int from, int to, Map<Integer, String> lines) {
    String text = source.text();
    for (int line = from; line <= to; line++) {
      if (lines.containsKey(line)) {
        continue;
      }
      int start = source.lineStart(line);
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      lines.put(line, text.substring(start, end));
    }
  }

  /**
   * {@code import ...;} and {@code import static ...;} lines for the fix's imports (the core lists
   * only those the unit lacks).
   */
  private static String importLines(Fix fix) {
    StringBuilder text = new StringBuilder();
    for (String type : fix.imports()) {
      text.append("\nimport ").append(type).append(';');
    }
    for (String member : fix.staticImports()) {
      text.append("\nimport static ").append(member).append(';');
    }
    return text.toString();
  }

  /** The end of the last import, else of the package declaration, else the file's start. */
  private static int importInsertionPoint(SourceText source, CompilationUnit unit) {
    return unit.getImports()
        .getLast()
        .map(i -> (com.github.javaparser.ast.Node) i)
        .or(() -> unit.getPackageDeclaration().map(p -> (com.github.javaparser.ast.Node) p))
        .flatMap(n -> n.getEnd())
        .map(p -> source.offset(p.line, p.column) + 1)
        .orElse(0);
  }
}
