package org.jatomics.reviewer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.reviewer.Jatomics.UsageException;
import org.jatomics.reviewer.frontend.ClassPathTypes;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.FileProblem;
import org.jatomics.reviewer.report.Report;
import org.jatomics.reviewer.report.Reporter;
import org.jatomics.reviewer.report.Summary;
import org.jatomics.reviewer.report.TextReporter;
import org.jatomics.reviewer.report.Unresolved;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jatomics review [options] PATH...}: the six checks over Java sources, with no build and no
 * class path, reported in the formats review tools read.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    versionProvider = Jatomics.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Runs the jatomics checks (NonAtomicAccess, MixedAccessMode, RelaxedDependentLoad,"
          + " MissingSafetyComment, MissingSafetyContract, UnnecessarySafetyComment) over Java"
          + " sources without building them. Reads only the given paths; executes nothing; never"
          + " uses the network.",
      ""
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no finding at or above the --fail-on level",
      "1:findings at or above the --fail-on level",
      "2:bad usage, or a file that could not be read or parsed (it is reported; every other file"
          + " is still analysed)",
      "3:an internal error (a message says what happened; never a bare stack trace)"
    },
    footer = {"", "Documentation: docs/reviewer.md; each check: docs/checks/<Name>.md"})
public final class ReviewCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where {@code .jatomics.yml} and the default root are looked for (tests set another). */
  static volatile Path workingDirectory = Path.of("");

  /** This run's working folder: {@link #workingDirectory}, or the one an embedder gives. */
  Path directory = workingDirectory;

  /**
   * Whether to keep the report this run writes, for {@link EmbeddedReview} (a CLI run does not).
   */
  boolean keepReport;

  /** The report this run wrote (after the baseline and fixes), when {@link #keepReport}. */
  Report reported;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Java files, or folders searched for *.java (hidden folders are skipped).")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Output format: text (default; path:line:column: severity: [Name] message, the"
              + " fix below), sarif (SARIF 2.1.0 for GitHub code scanning), rdjsonl (reviewdog's"
              + " JSON Lines, with suggested fixes), github (GitHub Actions ::error/::warning"
              + " workflow commands).")
  String format = "text";

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description =
          "Colour in the text format: auto (default: only when standard output is a"
              + " terminal and NO_COLOR is not set), always, never. Other formats and --output files"
              + " never get colour.")
  String color = "auto";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--diff",
      paramLabel = "FILE",
      description =
          "A unified diff as 'git diff' prints it ('-' reads standard input): report only"
              + " findings on lines it adds or changes. Files it does not touch are still indexed"
              + " (their declarations count) but not reported on.")
  String diff;

  @Option(
      names = "--diff-base",
      paramLabel = "REF",
      description =
          "Like --diff, with the changes of the work tree since the merge base of REF and"
              + " HEAD (e.g. origin/main), computed in-process (JGit; no git program is run).")
  String diffBase;

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description =
          "Do not read files or folders matching GLOB (repeatable). Matched against the"
              + " path relative to the folder given, with '/' between names; a GLOB without '/' is"
              + " matched against every name on the path (--exclude generated, --exclude '*Test.java')."
              + " Java's glob syntax: * and ? within a name, ** across folders, [abc], {a,b}.")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Do not report the findings recorded in FILE (written by --write-baseline):"
              + " matched by check, file and the content of the flagged line, so they survive"
              + " unrelated edits; a finding is reported again when its line changes.")
  Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description =
          "Record every finding of this run in FILE (JSON) and report nothing else: the"
              + " exit status is 0 unless a file could not be analysed (2). Review with --baseline"
              + " FILE from then on.")
  Path writeBaseline;

  @Option(
      names = "--fix",
      description =
          "Apply the machine-applicable fixes to the files in place (each compiles,"
              + " clears its finding and only strengthens ordering); report what was fixed on standard"
              + " error and the findings left as usual. Fixes that need review or hold placeholders"
              + " are applied only with --unsafe-fixes.")
  boolean fix;

  @Option(
      names = "--unsafe-fixes",
      description =
          "With --fix, also apply the fixes that need review (a cmpxchg loop that"
              + " re-evaluates its operand, removing a stale SAFETY comment) and those with"
              + " placeholders to complete (`// SAFETY: TODO ...`).")
  boolean unsafeFixes;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description =
          "error (default), warning or never: the lowest severity that makes the exit"
              + " status 1.")
  String failOn = "error";

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description =
          "Files analysed in parallel (default: the number of processors, here"
              + " ${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--enable",
      paramLabel = "NAME",
      description =
          "Run only the named checks (repeatable; comma-separated lists allowed)."
              + " Default: all six.",
      split = ",")
  List<String> enable = new ArrayList<>();

  @Option(
      names = "--disable",
      paramLabel = "NAME",
      description = "Do not run the named check (repeatable; comma-separated lists allowed).",
      split = ",")
  List<String> disable = new ArrayList<>();

  @Option(
      names = "--unsafe-methods",
      paramLabel = "Type#method,...",
      description =
          "Further unsafe operations for MissingSafetyComment: fully qualified"
              + " Type#method entries, comma-separated (Error Prone: -XepOpt:"
              + Config.UNSAFE_METHODS
              + "=...).")
  String unsafeMethods;

  @Option(
      names = "--field-offset-methods",
      paramLabel = "Type#method,...",
      description =
          "Helpers that compute a field offset from a class and a field name (like"
              + " JCTools' UnsafeAccess#fieldOffset), treated by MixedAccessMode like"
              + " Unsafe.objectFieldOffset (Error Prone: -XepOpt:"
              + Config.FIELD_OFFSET_METHODS
              + "=...).")
  String fieldOffsetMethods;

  @Option(
      names = "--var-handle-factories",
      paramLabel = "Type#method,...",
      description =
          "Helpers that return a VarHandle for a class and a field name (like a"
              + " project's ReflectionUtil#findVarHandle), treated by MixedAccessMode like"
              + " Lookup.findVarHandle (Error Prone: -XepOpt:"
              + Config.VAR_HANDLE_FACTORIES
              + "=...).")
  String varHandleFactories;

  @Option(
      names = "--docs-url",
      paramLabel = "URL",
      description =
          "Where your team hosts the check pages (docs/checks/*.md): reports link each"
              + " finding to URL/<Name>.md (Error Prone: -XepOpt:"
              + Config.DOCS_URL
              + "=URL). Default:"
              + " no links; the pages travel in the jar (jatomics explain NAME, SARIF help).")
  String docsUrl;

  @Option(
      names = {"--classpath", "--class-path", "-cp"},
      paramLabel = "PATHS",
      description =
          "Jars and class folders whose types help resolve receivers declared outside the"
              + " given sources (a library's Unsafe holder such as Agrona's UnsafeAccess.UNSAFE),"
              + " separated by '${sys:path.separator}' (repeatable). Read, never loaded or run; a"
              + " missing or unreadable entry is a usage error.")
  List<String> classpath = new ArrayList<>();

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "Charset of the sources. Default: detected per file (a byte order mark for"
              + " UTF-8 or UTF-16, else UTF-8 if valid, else ISO-8859-1).")
  String encoding;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description =
          "Folder that reported paths are relative to (SARIF URIs, annotations)."
              + " Default: the enclosing git work tree of the current folder, else the current"
              + " folder.")
  Path root;

  @Option(
      names = "--follow-symlinks",
      description =
          "Read symbolic links (files and folders, operands included). Default: a link"
              + " is never followed and is reported as a file that was not read, so a link in a pull"
              + " request cannot make the reviewer read a file outside the tree.")
  boolean followSymlinks;

  @Option(
      names = "--max-file-size",
      paramLabel = "BYTES",
      description =
          "Files larger than this are not read and are reported as such (default"
              + " ${DEFAULT-VALUE}, 10 MB). Suffixes k, m, g are allowed.")
  String maxFileSize = "10m";

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Read defaults from FILE instead of the nearest .jatomics.yml (the working"
              + " folder or a parent, up to the repository root). Its keys are the long options'"
              + " names: fail-on, format, exclude, enable, disable, baseline, unsafe-methods,"
              + " field-offset-methods, var-handle-factories, docs-url, encoding, classpath."
              + " Command-line"
              + " options win.")
  Path config;

  @Option(names = "--no-config", description = "Read no .jatomics.yml.")
  boolean noConfig;

  @Option(
      names = "--no-progress",
      description =
          "Never draw the progress bar (it is drawn only on a terminal, and only when a"
              + " run takes more than a second).")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    applyConfigFile();
    Reporter.Format outputFormat = enumOption("--format", format, Reporter.Format.class);
    FailOn failLevel = enumOption("--fail-on", failOn, FailOn.class);
    enumOption("--color", color, Colour.class);
    if (jobs < 1) {
      throw new UsageException("--jobs must be at least 1, not " + jobs);
    }
    int threads = Math.min(jobs, MAX_JOBS);
    if (threads < jobs) {
      spec.commandLine()
          .getErr()
          .println(
              "jatomics review: note: --jobs " + jobs + " is more than can help; using " + threads);
    }
    InputPolicy inputs;
    try {
      inputs = new InputPolicy(followSymlinks, bytes("--max-file-size", maxFileSize));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Set<CheckName> checks = checks();
    Config config = config();
    Charset charset = charset();
    if (diff != null && diffBase != null) {
      throw new UsageException("--diff and --diff-base exclude each other");
    }
    ChangedLines changedLines =
        diff != null
            ? changedLines(diff)
            : diffBase != null ? DiffBase.changedLines(directory, diffBase) : null;
    Path base = root != null ? root : defaultRoot();

    // The progress bar is not drawn over a report that streams to the terminal.
    boolean progress = !noProgress && (output != null || !Progress.isTerminal());
    Reviewer.Options options =
        new Reviewer.Options(
            paths,
            base,
            charset,
            threads,
            checks,
            config,
            changedLines,
            progress,
            inputs,
            excludes(),
            classPath());
    if (baseline != null && writeBaseline != null) {
      throw new UsageException("--baseline and --write-baseline exclude each other");
    }
    Baseline accepted = baseline == null ? null : baseline();
    Reviewer reviewer = new Reviewer(options);
    List<Path> sources;
    try {
      sources = reviewer.sources();
    } catch (NoSuchFileException e) {
      throw new UsageException("no such file or folder: " + e.getFile());
    }
    PrintWriter err = spec.commandLine().getErr();
    if (writeBaseline != null) {
      return writeBaseline(reviewer, sources, err);
    }
    Fixer fixer =
        fix
            ? new Fixer(
                base,
                unsafeFixes,
                note -> err.println("jatomics: " + TextReporter.printable(note))) // a path first
            : null;
    Reporter reporter =
        outputFormat == Reporter.Format.TEXT ? new TextReporter(colour()) : outputFormat.reporter();
    List<FindingsStream> stream = new ArrayList<>(1);
    ReportFile.Content content =
        out -> {
          FindingsStream findings =
              new FindingsStream(
                  accepted, fixer, reporter.start(reviewer.rules(), out), keepReport);
          stream.add(findings);
          reviewer.review(sources, findings);
          findings.finish(sources.size());
        };
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      content.writeTo(out);
      out.flush();
    } else {
      ReportFile.write(output, content);
    }
    if (fixer != null) {
      err.println(
          "jatomics: fixed "
              + fixer.fixed()
              + (fixer.fixed() == 1 ? " finding" : " findings")
              + " in "
              + fixer.files()
              + (fixer.files() == 1 ? " file" : " files"));
      if (fixer.withheld() > 0) {
        err.println(
            "jatomics: "
                + fixer.withheld()
                + (fixer.withheld() == 1 ? " fix" : " fixes")
                + " not applied: they need review or hold placeholders (--unsafe-fixes applies them)");
      }
    }
    FindingsStream findings = stream.get(0);
    if (keepReport) {
      reported = findings.report(reviewer.rules());
    }
    Summary summary = findings.summary();
    if (summary.problems() > 0) {
      return Jatomics.USAGE_OR_INPUT;
    }
    return failLevel.fails(summary) ? Jatomics.FINDINGS : Jatomics.CLEAN;
  }

  /**
   * {@code --write-baseline}: records every finding, as the review finds them, and reports only the
   * files that could not be analysed (on standard error).
   */
  private int writeBaseline(Reviewer reviewer, List<Path> sources, PrintWriter err) {
    int[] problems = new int[1];
    long[] recorded = new long[1];
    ReportFile.write(
        "--write-baseline",
        writeBaseline,
        out -> {
          Baseline.Recorder recorder = new Baseline.Recorder(out);
          reviewer.review(
              sources,
              new Reviewer.Sink() {
                @Override
                public void problem(FileProblem problem) {
                  problems[0]++;
                }

                @Override
                public void file(List<Diagnostic> findings, List<Unresolved> unresolved) {
                  recorder.add(findings);
                }
              });
          recorder.finish();
          recorded[0] = recorder.recorded();
        });
    err.println(
        "jatomics: recorded "
            + recorded[0]
            + (recorded[0] == 1 ? " finding in " : " findings in ")
            + writeBaseline);
    return problems[0] == 0 ? Jatomics.CLEAN : Jatomics.USAGE_OR_INPUT;
  }

  /**
   * The most threads {@code --jobs} gets: each holds a parsed file, so more threads than cores only
   * cost memory (a stranger's {@code --jobs 20000} must not take gigabytes).
   */
  static final int MAX_JOBS =
      Math.max(2, Math.min(64, 2 * Runtime.getRuntime().availableProcessors()));

  private static long bytes(String option, String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (v.endsWith("k") || v.endsWith("m") || v.endsWith("g")) {
      unit =
          switch (v.charAt(v.length() - 1)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            default -> 1024L * 1024 * 1024;
          };
      v = v.substring(0, v.length() - 1);
    }
    try {
      return Math.multiplyExact(Long.parseLong(v), unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new UsageException(
          option + ": '" + value + "' is not a size (e.g. 10m, 500k, 2000000)");
    }
  }

  /** The levels of {@code --fail-on}. */
  enum FailOn {
    /** Fail on errors only. */
    ERROR,
    /** Fail on warnings and errors. */
    WARNING,
    /** Never fail because of findings. */
    NEVER;

    boolean fails(Summary summary) {
      return switch (this) {
        case ERROR -> summary.errors() > 0;
        case WARNING -> !summary.noFindings();
        case NEVER -> false;
      };
    }
  }

  private static <E extends Enum<E>> E enumOption(String option, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        allowed.add(constant.name().toLowerCase(Locale.ROOT));
      }
      throw new UsageException(
          option + ": '" + value + "' is not one of " + String.join(", ", allowed));
    }
  }

  private Set<CheckName> checks() {
    Set<CheckName> checks =
        enable.isEmpty() ? EnumSet.allOf(CheckName.class) : EnumSet.noneOf(CheckName.class);
    for (String name : enable) {
      checks.add(check("--enable", name));
    }
    for (String name : disable) {
      checks.remove(check("--disable", name));
    }
    if (checks.isEmpty()) {
      throw new UsageException("no check left to run after --enable/--disable");
    }
    return checks;
  }

  private static CheckName check(String option, String name) {
    for (CheckName check : CheckName.values()) {
      if (check.name().equalsIgnoreCase(name.trim())) {
        return check;
      }
    }
    List<String> names = new ArrayList<>();
    for (CheckName check : CheckName.values()) {
      names.add(check.name());
    }
    throw new UsageException(
        option + ": unknown check '" + name + "' (checks: " + String.join(", ", names) + ")");
  }

  private Config config() {
    Map<String, String> values = new HashMap<>();
    if (unsafeMethods != null) {
      values.put(Config.UNSAFE_METHODS, unsafeMethods);
    }
    if (fieldOffsetMethods != null) {
      values.put(Config.FIELD_OFFSET_METHODS, fieldOffsetMethods);
    }
    if (varHandleFactories != null) {
      values.put(Config.VAR_HANDLE_FACTORIES, varHandleFactories);
    }
    if (docsUrl != null) {
      values.put(Config.DOCS_URL, docsUrl);
    }
    try {
      return Config.parseChecked(values);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          e.getMessage()
              .replace("option " + Config.UNSAFE_METHODS, "--unsafe-methods")
              .replace("option " + Config.FIELD_OFFSET_METHODS, "--field-offset-methods")
              .replace("option " + Config.VAR_HANDLE_FACTORIES, "--var-handle-factories")
              .replace("option " + Config.DOCS_URL, "--docs-url"));
    }
  }

  /** Sets what {@code .jatomics.yml} (or {@code --config}) says, unless the command line did. */
  private void applyConfigFile() {
    if (noConfig && config != null) {
      throw new UsageException("--config and --no-config exclude each other");
    }
    if (noConfig) {
      return;
    }
    Optional<ConfigFile> found;
    if (config != null) {
      found = Optional.of(ConfigFile.read(config));
    } else if (diffBase != null) {
      found = ConfigFile.findAtRef(directory, diffBase); // the base's gate, not the change's
    } else {
      found = ConfigFile.find(directory).map(ConfigFile::read);
    }
    if (found.isEmpty()) {
      return;
    }
    ConfigFile settings = found.get();
    CommandLine.ParseResult given = spec.commandLine().getParseResult();
    for (Map.Entry<String, List<String>> entry : settings.values().entrySet()) {
      String key = entry.getKey();
      if (given.hasMatchedOption("--" + key) || (key.equals("baseline") && writeBaseline != null)) {
        continue;
      }
      List<String> values = entry.getValue();
      String value = values.get(0);
      switch (key) {
        case "fail-on" -> failOn = value;
        case "format" -> format = value;
        case "exclude" -> exclude = new ArrayList<>(values);
        case "enable" -> enable = new ArrayList<>(values);
        case "disable" -> disable = new ArrayList<>(values);
        case "baseline" -> baseline = settings.file().toAbsolutePath().getParent().resolve(value);
        case "unsafe-methods" -> unsafeMethods = value;
        case "field-offset-methods" -> fieldOffsetMethods = value;
        case "var-handle-factories" -> varHandleFactories = value;
        case "docs-url" -> docsUrl = value;
        case "encoding" -> encoding = value;
        case "classpath" -> {
          Path folder = settings.file().toAbsolutePath().getParent();
          classpath = values.stream().map(v -> folder.resolve(v).toString()).toList();
        }
        default ->
            throw new IllegalStateException(
                "ConfigFile accepted a key ReviewCommand does not apply: " + key);
      }
    }
  }

  /** The types of {@code --classpath} (and the {@code classpath} key), opened once. */
  private ClassPathTypes classPath() {
    List<Path> entries = new ArrayList<>();
    for (String value : classpath) {
      for (String entry : value.split(java.io.File.pathSeparator, -1)) {
        if (!entry.isEmpty()) {
          entries.add(directory.resolve(entry));
        }
      }
    }
    try {
      return ClassPathTypes.open(entries);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--classpath: " + e.getMessage());
    }
  }

  /** The values of {@code --color}. */
  enum Colour {
    AUTO,
    ALWAYS,
    NEVER
  }

  /** Whether the text report on standard output gets colour (https://no-color.org). */
  private boolean colour() {
    return switch (enumOption("--color", color, Colour.class)) {
      case ALWAYS -> output == null;
      case NEVER -> false;
      case AUTO -> output == null && !noColourAsked() && Progress.isTerminal();
    };
  }

  private static boolean noColourAsked() {
    String noColor = System.getenv("NO_COLOR");
    return noColor != null && !noColor.isEmpty();
  }

  /** The baseline; with {@code --diff-base}, one inside the work tree is read from REF's commit. */
  private Baseline baseline() {
    if (diffBase == null
        || !baseline.toAbsolutePath().normalize().startsWith(DiffBase.workTree(directory))) {
      return Baseline.read(baseline);
    }
    String name = baseline + " at " + diffBase;
    byte[] content =
        DiffBase.readAtRef(directory, diffBase, baseline)
            .orElseThrow(
                () ->
                    new UsageException(
                        "--baseline: no such file: "
                            + name
                            + " (the base's baseline counts with --diff-base)"));
    return Baseline.parse(name, content);
  }

  private Excludes excludes() {
    try {
      return Excludes.of(exclude);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--exclude: " + e.getMessage());
    }
  }

  private Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--encoding: unknown charset '" + encoding + "'");
    }
  }

  private ChangedLines changedLines(String file) {
    try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
      return ChangedLines.parse(in);
    } catch (NoSuchFileException e) {
      throw new UsageException("--diff: no such file: " + file);
    } catch (IOException e) {
      throw new UsageException("--diff: cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * The nearest folder at or above the current one that holds {@code .git}, else the current one.
   */
  private Path defaultRoot() {
    Path current = directory.toAbsolutePath();
    for (Path p = current; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p;
      }
    }
    return current;
  }
}
