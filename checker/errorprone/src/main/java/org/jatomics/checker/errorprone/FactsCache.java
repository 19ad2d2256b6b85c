package org.jatomics.checker.errorprone;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ErrorProneComment;
import com.google.errorprone.util.ErrorProneToken;
import com.google.errorprone.util.ErrorProneTokens;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.util.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jatomics.checker.Config;
import org.jatomics.checker.model.SourceComment;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.UnitFacts;

/**
 * The facts of the compilation unit being checked, built once and shared by the six checkers, and
 * the options, parsed once. One instance per javac {@link Context} (never a static field).
 *
 * <p>Error Prone runs every checker's {@code matchCompilationUnit} for one unit before it moves to
 * the next, so the cache keeps the most recent unit only: memory stays flat however many files a
 * build compiles. The unit's text is lexed once, here, for its comments ({@code
 * VisitorState.getTokensForNode} would re-lex on every call).
 */
final class FactsCache {
  private static final Context.Key<FactsCache> KEY = new Context.Key<>();

  private final Config config;
  private CompilationUnitTree unit;
  private UnitFacts facts;
  private boolean failuresReported;
  private final Map<String, Integer> lexCounts = new HashMap<>();

  private FactsCache(Config config) {
    this.config = config;
  }

  private static final Context.Key<String> BAD_OPTIONS = new Context.Key<>();

  /**
   * The cache of {@code context}, created with the options in {@code flags} on first use.
   *
   * @throws IllegalArgumentException for an unknown {@code Jatomics:} key or a malformed value
   */
  static FactsCache instance(Context context, ErrorProneFlags flags) {
    FactsCache cache = context.get(KEY);
    if (cache == null) {
      cache = new FactsCache(Config.parseChecked(flags.getFlagsMap()));
      context.put(KEY, cache);
    }
    return cache;
  }

  /** Returns true once per compilation: the first checker to ask reports the bad options. */
  static boolean claimBadOptionsReport(Context context) {
    if (context.get(BAD_OPTIONS) != null) {
      return false;
    }
    context.put(BAD_OPTIONS, "reported");
    return true;
  }

  /** The cache of {@code context} if one exists (for tests). */
  static FactsCache existing(Context context) {
    return context.get(KEY);
  }

  Config config() {
    return config;
  }

  /** The facts of {@code state}'s compilation unit, translated on the first call for the unit. */
  UnitFacts facts(VisitorState state) {
    CompilationUnitTree current = state.getPath().getCompilationUnit();
    if (current != unit) {
      unit = current;
      facts = null;
      failuresReported = false;
      facts = JavacFacts.translate(current, state, config, this);
    }
    return facts;
  }

  /** Returns true once per unit: the first checker to ask reports the front end's failures. */
  boolean claimFailureReport() {
    boolean first = !failuresReported;
    failuresReported = true;
    return first;
  }

  /** Lexes {@code text} (the unit's source) for its comments. Counted per file, for tests. */
  List<SourceComment> comments(CompilationUnitTree unit, String text, Context context) {
    lexCounts.merge(unit.getSourceFile().toUri().toString(), 1, Integer::sum);
    List<SourceComment> comments = new ArrayList<>();
    for (ErrorProneToken token : ErrorProneTokens.getTokens(text, context)) {
      for (ErrorProneComment c : token.comments()) {
        SourceComment.Style style =
            switch (c.getStyle()) {
              case LINE, JAVADOC_LINE -> SourceComment.Style.LINE;
              case BLOCK -> SourceComment.Style.BLOCK;
              case JAVADOC_BLOCK -> SourceComment.Style.JAVADOC;
            };
        SourceRange range = new SourceRange(c.getPos(), c.getEndPos());
        comments.add(new SourceComment(style, range, text.substring(range.start(), range.end())));
      }
    }
    return comments;
  }

  /** How many times the file with {@code uri} was lexed (for tests). */
  int lexCount(String uri) {
    return lexCounts.getOrDefault(uri, 0);
  }

  static String sourceText(CompilationUnitTree unit) {
    try {
      return unit.getSourceFile().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
