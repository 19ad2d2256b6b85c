package org.jatomics.reviewer;

import com.github.javaparser.ast.CompilationUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Checks;
import org.jatomics.checker.Config;
import org.jatomics.checker.Finding;
import org.jatomics.checker.model.LineColumn;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.model.UnresolvedReceiver;
import org.jatomics.reviewer.frontend.FactExtractor;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.Unresolved;

/**
 * One parsed file's review: the facts stage (the tree translated into facts against the cross-file
 * index), the rules stage (the core's checks over those facts), and each finding on a wanted line
 * rendered for the reporters ({@link FindingRenderer}). The batch reviewer ({@link Reviewer}) and
 * the language server both review files through here.
 */
public final class FileReview {
  private FileReview() {}

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
        result.add(FindingRenderer.render(display, facts.source(), unit, finding));
      }
    }
    return result;
  }
}
