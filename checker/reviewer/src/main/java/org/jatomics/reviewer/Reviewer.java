package org.jatomics.reviewer;

import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.SoftReference;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.reviewer.frontend.ClassPathTypes;
import org.jatomics.reviewer.frontend.FactExtractor;
import org.jatomics.reviewer.frontend.Relevance;
import org.jatomics.reviewer.frontend.TypeIndex;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.FileProblem;
import org.jatomics.reviewer.report.Report;
import org.jatomics.reviewer.report.Rule;
import org.jatomics.reviewer.report.Unresolved;

/**
 * Runs the checks over source trees, stage by stage: files ({@link SourceReader}: found, guarded,
 * decoded) → parse ({@link SourceParser}, with {@link ParseErrors}) → facts and rules ({@link
 * FileReview}: the front end's facts, the core's checks, findings rendered by {@link
 * FindingRenderer}) → report. This class only orders the stages, in two passes. The first parses
 * every file (reporting parse problems for each), indexes its declarations (the only state kept
 * across files) and summarizes its tokens ({@link Relevance}); it keeps the trees of files that
 * will probably need analysis while their estimated size fits a budget of a third of the maximum
 * heap. The second pass translates each file that {@link Relevance} cannot rule out into the rule
 * model, runs the rules and keeps only the findings: from the kept tree when there is one (dropped
 * once analysed), else by parsing the file again. Files that cannot produce a finding are not
 * parsed twice, so most files of real code are parsed once. Both passes run over {@code jobs}
 * threads, one file at a time per thread; memory is bounded by the index, the budget and one tree
 * per thread.
 *
 * <p>It reads the given paths and nothing else, executes nothing it reads and never uses the
 * network.
 */
public final class Reviewer {
  /**
   * What to review and how.
   *
   * @param paths files and folders to review
   * @param root the folder paths in reports are relative to
   * @param encoding the source charset, or null to detect it per file
   * @param jobs threads to use
   * @param checks the checks to run
   * @param config the checker options
   * @param changedLines when given, only findings on these lines are reported
   * @param progress whether to draw a progress bar on a terminal
   * @param inputs which files may be read ({@link InputPolicy#DEFAULT}: no symbolic links, 10 MB)
   * @param excludes the files and folders under {@code paths} not to read ({@code --exclude})
   * @param classPath the types of {@code --classpath}, for names the sources do not declare
   */
  public record Options(
      List<Path> paths,
      Path root,
      Charset encoding,
      int jobs,
      Set<CheckName> checks,
      Config config,
      ChangedLines changedLines,
      boolean progress,
      InputPolicy inputs,
      Excludes excludes,
      ClassPathTypes classPath) {
    /** Options with the default input policy, excluding nothing. */
    public Options(
        List<Path> paths,
        Path root,
        Charset encoding,
        int jobs,
        Set<CheckName> checks,
        Config config,
        ChangedLines changedLines,
        boolean progress) {
      this(
          paths,
          root,
          encoding,
          jobs,
          checks,
          config,
          changedLines,
          progress,
          InputPolicy.DEFAULT,
          Excludes.NONE,
          ClassPathTypes.NONE);
    }
  }

  /**
   * How the two passes share work; internal (tests compare the settings), not a user option.
   *
   * @param skipIrrelevant whether the second pass skips the files {@link Relevance} proves cannot
   *     produce a finding
   * @param treeBudgetBytes the estimated heap the first pass may spend on trees kept for the second
   *     (those files are not parsed again); 0 keeps none
   */
  record Tuning(boolean skipIrrelevant, long treeBudgetBytes) {
    /** Both passes do everything: every file parsed twice and analysed (the reference). */
    static final Tuning EXHAUSTIVE = new Tuning(false, 0);

    /**
     * Skip irrelevant files; keep trees in a third of the maximum heap, at most {@link
     * #MAX_TREE_BUDGET}.
     */
    static Tuning defaults() {
      return new Tuning(
          true, Math.min(MAX_TREE_BUDGET, Runtime.getRuntime().maxMemory() / TREE_BUDGET_DIVISOR));
    }
  }

  /**
   * The heap a kept tree costs per character of source, its tokens dropped ({@link
   * SourceParser#dropTokens}): measured on guava, caffeine, jctools and agrona (see
   * docs/reviewer.md), rounded up.
   */
  static final int TREE_BYTES_PER_CHAR = 32;

  /** Kept trees may use 1/this of the maximum heap (170 MB of the launcher's 512 MB). */
  static final int TREE_BUDGET_DIVISOR = 3;

  /**
   * The most kept trees may use whatever the heap (the JVM's default heap is a quarter of the
   * machine's memory): enough for every relevant file of a 330k-line tree, so that memory does not
   * grow with the tree.
   */
  static final long MAX_TREE_BUDGET = 256L << 20;

  private final Options options;
  private final Tuning tuning;
  private final ReportedPaths paths;
  private final SourceReader reader;

  /** A reviewer with {@code options}. */
  public Reviewer(Options options) {
    this(options, Tuning.defaults());
  }

  /** A reviewer with {@code options} and explicit internal {@code tuning} (tests). */
  Reviewer(Options options, Tuning tuning) {
    this.options = options;
    this.tuning = tuning;
    this.paths = new ReportedPaths(options.root());
    this.reader = new SourceReader(options.inputs(), options.encoding(), paths);
  }

  /** Receives a review as it runs, on the thread that called {@link #review(List, Sink)}. */
  public interface Sink {
    /**
     * A file that could not be analysed. Those found while indexing come first, sorted by path; one
     * that fails later comes at its place in file order.
     */
    void problem(FileProblem problem) throws IOException;

    /**
     * One analysed file's findings (sorted by {@link Report#ORDER}) and the calls in it that could
     * not be resolved, file after file in report order; not called for a file with neither.
     */
    void file(List<Diagnostic> findings, List<Unresolved> unresolved) throws IOException;
  }

  /**
   * The sources to review: the files under the paths, sorted, without duplicates.
   *
   * @throws NoSuchFileException when a given path does not exist
   */
  public List<Path> sources() throws NoSuchFileException {
    return reader.find(options.paths(), options.excludes());
  }

  /** The checks that run, as reports describe them. */
  public List<Rule> rules() {
    return RuleDescriptions.of(options.checks(), options.config());
  }

  /**
   * Reviews the sources and holds the whole report (tests, and embedders that want it at once).
   *
   * @throws NoSuchFileException when a given path does not exist
   */
  public Report review() throws NoSuchFileException {
    List<Path> files = sources();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<FileProblem> problems = new ArrayList<>();
    List<Unresolved> unresolved = new ArrayList<>();
    try {
      review(
          files,
          new Sink() {
            @Override
            public void problem(FileProblem problem) {
              problems.add(problem);
            }

            @Override
            public void file(List<Diagnostic> findings, List<Unresolved> calls) {
              diagnostics.addAll(findings);
              unresolved.addAll(calls);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the sink above does no I/O
    }
    return new Report(diagnostics, problems, rules(), files.size(), unresolved);
  }

  /**
   * Reviews {@code files} (from {@link #sources}) and hands the outcome to {@code sink} as it
   * comes, in report order: first the files that could not be indexed, then file after file (by
   * reported path) each file's findings as soon as it and every file before it are done. Files are
   * analysed on the workers at most {@link Workers#WINDOW_PER_JOB} per thread ahead of the one
   * {@code sink} waits for, so only the findings of that window are held, however many the run has.
   *
   * @throws IOException when {@code sink} throws it
   */
  public void review(List<Path> files, Sink sink) throws IOException {
    Map<Path, FileProblem> problems = new ConcurrentHashMap<>();
    TypeIndex index = new TypeIndex(options.classPath());
    Set<String> localNames = Relevance.localNames(options.config());
    Map<Path, Relevance.Summary> summaries = new ConcurrentHashMap<>();
    // Soft: the budget is an estimate per character of ordinary code (dense code such as 1,000
    // `x++;` statements a file costs more), so the collector may drop kept trees rather than run
    // out of memory; a dropped one is parsed again.
    Map<Path, SoftReference<Parsed>> kept = new ConcurrentHashMap<>();
    AtomicLong keptBytes = new AtomicLong();

    Workers.forEach(
        files,
        options.jobs(),
        progress("indexing", files.size()),
        file -> {
          Parsed parsed;
          try {
            parsed = parse(file);
          } catch (UnanalysableFile e) {
            problems.put(file, e.problem());
            return;
          }
          try {
            index.add(parsed.unit());
          } catch (RuntimeException | StackOverflowError e) {
            // One file's failure is reported, never the end of the run (as in the analysis below).
            problems.put(
                file,
                new FileProblem(
                    paths.of(file),
                    1,
                    1,
                    "internal error while indexing: " + Failures.describe(e)));
            return;
          }
          boolean probablyNeeded = true;
          if (tuning.skipIrrelevant()) {
            Relevance.Summary summary;
            try {
              summary = Relevance.summarize(parsed.unit(), localNames);
            } catch (RuntimeException | StackOverflowError e) {
              summary = new Relevance.Summary(true, new int[0]); // cannot tell: analyse it
            }
            summaries.put(file, summary);
            probablyNeeded = summary.relevant();
          }
          if (probablyNeeded && isWanted(file) && reserve(keptBytes, treeCost(parsed.text()))) {
            SourceParser.dropTokens(parsed.unit()); // read by the summary above, never again
            kept.put(file, new SoftReference<>(parsed));
          }
        });

    List<FileProblem> unindexed = new ArrayList<>(problems.values());
    unindexed.sort(Comparator.comparing(FileProblem::file));
    for (FileProblem problem : unindexed) {
      sink.problem(problem);
    }

    FactExtractor frontEnd = new FactExtractor(index, options.config());
    // The filter knows the names the given files declare, not a class path's: with one, a call of
    // a library's @SafetyContract method or Unsafe holder may make any file relevant.
    Relevance relevance =
        tuning.skipIrrelevant() && options.classPath().isEmpty() ? Relevance.of(index) : null;
    Map<Path, String> shown = new HashMap<>();
    for (Path file : files) {
      shown.put(file, paths.of(file));
    }
    List<Path> toAnalyse =
        files.stream()
            .filter(f -> !problems.containsKey(f))
            .filter(this::isWanted)
            .filter(f -> relevance == null || relevance.needsAnalysis(summaries.get(f)))
            .sorted(
                Comparator.comparing((Path f) -> shown.get(f))
                    .thenComparing(Comparator.<Path>naturalOrder()))
            .toList();
    summaries.clear();
    Workers.inOrder(
        toAnalyse,
        options.jobs(),
        progress("reviewing", toAnalyse.size()),
        file -> {
          SoftReference<Parsed> keptTree = kept.remove(file); // dropped as soon as it is analysed
          Parsed parsed = keptTree == null ? null : keptTree.get();
          if (parsed == null) {
            try {
              parsed = parse(file);
            } catch (UnanalysableFile e) {
              return FileOutcome.failed(e.problem()); // changed between the passes
            }
          }
          try {
            List<Unresolved> unresolved = new ArrayList<>();
            List<Diagnostic> findings = analyse(file, parsed, frontEnd, unresolved::add);
            findings.sort(Report.ORDER);
            return new FileOutcome(null, findings, unresolved);
          } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // The front end and the rules isolate failures per tree; this is the last line of
            // defence.
            return FileOutcome.failed(
                new FileProblem(
                    paths.of(file),
                    1,
                    1,
                    "internal error while analysing: " + Failures.describe(e)));
          }
        },
        outcome -> {
          if (outcome.problem() != null) {
            sink.problem(outcome.problem());
          } else if (!outcome.findings().isEmpty() || !outcome.unresolved().isEmpty()) {
            sink.file(outcome.findings(), outcome.unresolved());
          }
        });
  }

  /**
   * What reviewing one file gave.
   *
   * @param problem why it could not be analysed, or null
   * @param findings its findings, sorted
   * @param unresolved its calls that could not be resolved
   */
  private record FileOutcome(
      FileProblem problem, List<Diagnostic> findings, List<Unresolved> unresolved) {
    static FileOutcome failed(FileProblem problem) {
      return new FileOutcome(problem, List.of(), List.of());
    }
  }

  private Progress progress(String phase, int files) {
    return options.progress() ? Progress.forTerminal(phase, files) : Progress.silent();
  }

  /**
   * Whether {@code file} is to be analysed at all (a diff review analyses the changed files only).
   */
  private boolean isWanted(Path file) {
    return options.changedLines() == null || options.changedLines().touches(file);
  }

  /** The estimated heap of the tree of {@code text}. */
  private static long treeCost(String text) {
    return (long) text.length() * TREE_BYTES_PER_CHAR;
  }

  /** Takes {@code bytes} from the tree budget if they fit. */
  private boolean reserve(AtomicLong used, long bytes) {
    if (used.addAndGet(bytes) <= tuning.treeBudgetBytes()) {
      return true;
    }
    used.addAndGet(-bytes);
    return false;
  }

  private List<Diagnostic> analyse(
      Path file, Parsed parsed, FactExtractor frontEnd, Consumer<Unresolved> unresolved) {
    ChangedLines changed = options.changedLines();
    return FileReview.analyse(
        paths.of(file),
        parsed.text(),
        parsed.unit(),
        frontEnd,
        options.config(),
        options.checks(),
        line -> changed == null || changed.isChanged(file, line),
        unresolved);
  }

  /**
   * A parsed file.
   *
   * @param text the decoded text
   * @param unit the tree
   */
  private record Parsed(String text, CompilationUnit unit) {}

  /** The files and parse stages of one file. */
  private Parsed parse(Path file) throws UnanalysableFile {
    String text = reader.read(file);
    return new Parsed(text, SourceParser.parse(paths.of(file), text));
  }
}
