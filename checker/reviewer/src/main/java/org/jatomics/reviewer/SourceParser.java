package org.jatomics.reviewer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Processor;
import com.github.javaparser.Range;
import com.github.javaparser.StringProvider;
import com.github.javaparser.UnicodeEscapeProcessingProvider;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.validator.language_level_validations.Java25Validator;
import com.github.javaparser.ast.validator.postprocessors.Java25PostProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.jatomics.reviewer.frontend.UnitComments;
import org.jatomics.reviewer.report.FileProblem;

/**
 * The parse stage: Java 25 source text to a JavaParser tree, or the problem that stops it ({@link
 * ParseErrors}). The batch reviewer parses with JavaParser's validation ({@link #parse}), the
 * language server without it ({@link #parseUnvalidated}).
 */
public final class SourceParser {
  private SourceParser() {}

  /**
   * Parses {@code text} as Java 25 (positions kept: they come from the tokens). Source is Java
   * source after unicode-escape translation (JLS 3.3, contract section 7): when the text may hold
   * an escape, JavaParser translates it (backslash-u0078{@code ++;} is {@code x++;}, an escaped
   * line break ends a line comment, an escaped star-slash a block comment) and maps every node's
   * range back to the original text, so findings are reported where the code sits in the file.
   */
  public static ParseResult<CompilationUnit> parse(String text) {
    return parse(text, choose(text, VALIDATED_ESCAPES, VALIDATED, VALIDATED_NO_VAR));
  }

  private static ParseResult<CompilationUnit> parse(
      String text, ParserConfiguration configuration) {
    ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(text);
    if (configuration.isPreprocessUnicodeEscapes()) {
      result.getResult().ifPresent(unit -> mapCommentPositions(unit, text));
    }
    return result;
  }

  /**
   * Maps the kept comments' positions back to the original text, as JavaParser maps the nodes'.
   * JavaParser maps the positions of the tree's nodes only (before it attributes comments, which
   * the reviewer does not ask for anyway), so a comment after an escape on its line kept the column
   * of the translated text, and its text was read from the wrong place: a {@code // SAFETY:}
   * comment after a string literal holding an escape (backslash, u, 0041) went unseen.
   */
  private static void mapCommentPositions(CompilationUnit unit, String text) {
    UnicodeEscapeProcessingProvider decoder =
        new UnicodeEscapeProcessingProvider(new StringProvider(text));
    char[] buffer = new char[8192];
    try {
      while (decoder.read(buffer, 0, buffer.length) >= 0) {
        // the mapping is built as the text is read
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string cannot fail to be read
    }
    UnicodeEscapeProcessingProvider.PositionMapping mapping = decoder.getPositionMapping();
    if (mapping.isEmpty()) {
      return;
    }
    for (Comment comment : UnitComments.of(unit)) {
      comment.getRange().ifPresent(range -> comment.setRange(mapping.transform(range)));
    }
  }

  /**
   * The tree of {@code text} (the file {@code display}), parsed as {@link #parse} does.
   *
   * @throws UnanalysableFile when it does not parse (where and why, as {@link ParseErrors} says),
   *     the parser fails, or the tree does not fit in the heap
   */
  static CompilationUnit parse(String display, String text) throws UnanalysableFile {
    ParseResult<CompilationUnit> result;
    try {
      result = parse(text);
    } catch (RuntimeException | StackOverflowError e) {
      throw new UnanalysableFile(
          new FileProblem(display, 1, 1, "cannot be parsed: " + Failures.describe(e)));
    } catch (OutOfMemoryError e) {
      throw new UnanalysableFile(
          new FileProblem(display, 1, 1, "too large to parse in this heap (raise it with -Xmx)"));
    }
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      throw new UnanalysableFile(ParseErrors.problem(display, result.getProblems()));
    }
    return result.getResult().get();
  }

  /**
   * Drops the tokens of {@code unit}'s tree (every node and comment), keeping each node's position.
   * The tokens (each with its text, range and links) are more than half of a tree's memory: about
   * 56 bytes per source character with them, 25 without, measured on guava, caffeine, jctools and
   * agrona. Nothing after the parse stage reads them but {@link
   * org.jatomics.reviewer.frontend.Relevance#summarize}, so the trees the reviewer keeps between
   * its passes are kept without them.
   */
  static void dropTokens(CompilationUnit unit) {
    Consumer<Node> drop =
        node -> {
          Range range = node.getRange().orElse(null);
          node.setTokenRange(null); // clears the range too
          node.setRange(range);
        };
    unit.walk(drop);
    UnitComments.of(unit).forEach(drop); // comments are not the tree's nodes
  }

  /**
   * The configuration for {@code text}: with unicode-escape translation when it may hold an escape;
   * else without JavaParser's post-processing when the word {@code var} does not occur in it.
   * JavaParser's Java 25 post-processing is one step (Java 10's): a walk of the whole tree that
   * turns a class type named {@code var} into a {@code VarType} (2% of the reviewer's time). Such a
   * type is written {@code var}, as a word (an escape aside, handled by the first choice), so a
   * text without that word gives the same tree without the walk.
   */
  private static ParserConfiguration choose(
      String text,
      ParserConfiguration escapes,
      ParserConfiguration varTypes,
      ParserConfiguration noVarTypes) {
    if (mayHoldUnicodeEscape(text)) {
      return escapes;
    }
    return mayHoldVar(text) ? varTypes : noVarTypes;
  }

  /** Whether {@code var} occurs in {@code text} as a word (not inside a longer identifier). */
  static boolean mayHoldVar(String text) {
    for (int i = text.indexOf("var"); i >= 0; i = text.indexOf("var", i + 1)) {
      boolean startsWord = i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1));
      boolean endsWord =
          i + 3 == text.length() || !Character.isJavaIdentifierPart(text.charAt(i + 3));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
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
    return parse(text, choose(text, UNVALIDATED_ESCAPES, UNVALIDATED, UNVALIDATED_NO_VAR));
  }

  /**
   * Java 25 with its post-processors and its validators, which run as {@link SinglePassValidator}:
   * the same problems in the same order as JavaParser's own processor reports, in one walk of the
   * tree instead of about twenty. That processor (found by name, as for {@link #UNVALIDATED}) is
   * replaced in its place in the list; without it, or when the validators cannot be read, the
   * configuration is JavaParser's.
   */
  private static final ParserConfiguration VALIDATED = validated(false, true);

  private static final ParserConfiguration VALIDATED_ESCAPES = validated(true, true);

  private static final ParserConfiguration VALIDATED_NO_VAR = validated(false, false);

  private static ParserConfiguration validated(boolean unicodeEscapes, boolean varTypes) {
    ParserConfiguration configuration = configuration(unicodeEscapes);
    SinglePassValidator validator = SinglePassValidator.of(new Java25Validator());
    if (validator == null) {
      return configuration;
    }
    Java25PostProcessor postProcessors = new Java25PostProcessor();
    Processor processor =
        new Processor() {
          // As JavaParser's processor: the post-processors, then the validators on the tree.
          @Override
          public void postProcess(
              ParseResult<? extends Node> result, ParserConfiguration configuration) {
            if (varTypes) {
              postProcessors.postProcess(result, configuration);
            }
            validator.validate(result.getResult().get(), result.getProblems()::add);
          }
        };
    configuration
        .getProcessors()
        .replaceAll(p -> isValidatingProcessor(p.get()) ? () -> processor : p);
    return configuration;
  }

  /**
   * Java 25, with unicode escapes translated when asked, and without detecting the file's line
   * separator: JavaParser does that by looking every character up in a map as it reads (3% of the
   * reviewer's time), only to record the style on the tree for printing whole files, which the
   * reviewer never does (lines are counted by {@code SourceText}, fixes are edits of the text).
   * Comments are not attributed to nodes; the parser's list of them is kept on the unit ({@link
   * UnitComments}).
   */
  private static ParserConfiguration configuration(boolean unicodeEscapes) {
    ParserConfiguration configuration =
        new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
            .setPreprocessUnicodeEscapes(unicodeEscapes)
            .setDetectOriginalLineSeparator(false)
            .setAttributeComments(false);
    configuration.getProcessors().add(KeepComments::new);
    return configuration;
  }

  /** Keeps the comments the parser collected on the unit ({@link UnitComments#keep}). */
  private static final class KeepComments extends Processor {
    @Override
    public void postProcess(ParseResult<? extends Node> result, ParserConfiguration configuration) {
      if (result.getResult().orElse(null) instanceof CompilationUnit unit) {
        result.getCommentsCollection().ifPresent(c -> UnitComments.keep(unit, c.getComments()));
      }
    }
  }

  /** Whether the reviewer's parse validates in one walk (else as JavaParser does). */
  static boolean validatesInOneWalk() {
    return VALIDATED.getProcessors().stream().noneMatch(p -> isValidatingProcessor(p.get()));
  }

  /** JavaParser's processor that runs the language level's post-processors and validators. */
  private static boolean isValidatingProcessor(Processor processor) {
    return processor.getClass().getName().equals(ParserConfiguration.class.getName() + "$2");
  }

  /**
   * Java 25 with its post-processors and without its validators. JavaParser runs both from one
   * processor of its configuration (an anonymous class, found here by name: the version is pinned,
   * and {@code SourceParserTest} fails if a new version renames it); the post-processors are added
   * back on their own.
   */
  private static final ParserConfiguration UNVALIDATED = unvalidated(false, true);

  private static final ParserConfiguration UNVALIDATED_ESCAPES = unvalidated(true, true);

  private static final ParserConfiguration UNVALIDATED_NO_VAR = unvalidated(false, false);

  private static ParserConfiguration unvalidated(boolean unicodeEscapes, boolean varTypes) {
    ParserConfiguration configuration = configuration(unicodeEscapes);
    boolean removed = configuration.getProcessors().removeIf(p -> isValidatingProcessor(p.get()));
    if (removed && varTypes) {
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
}
