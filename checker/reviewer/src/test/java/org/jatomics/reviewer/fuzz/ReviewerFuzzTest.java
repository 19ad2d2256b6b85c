package org.jatomics.reviewer.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jatomics.reviewer.Jatomics;
import org.jatomics.reviewer.SourceDecoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes {@code jatomics review} through its command-line entry point ({@link Jatomics#run}) with
 * sources mutated from the conformance corpus ({@code test-data/}): truncations, deleted braces and
 * parentheses, random bytes, invalid UTF-8, huge lines, deep nesting and a few odd encodings. The
 * generator is seeded, so every run feeds the same inputs.
 *
 * <p>What a user relies on, checked for every input:
 *
 * <ul>
 *   <li>the reviewer never crashes: {@code run} returns an exit status of 0 or 2 (with {@code
 *       --fail-on never}) and never throws, in every output format;
 *   <li>it never hangs: each file is reviewed within {@link #PER_FILE_SECONDS} seconds;
 *   <li>every file that JavaParser cannot parse is reported as "could not be analysed" (exit status
 *       2), and a file that parses is not, except when its tree is too deep to analyse (a {@code
 *       StackOverflowError}, which the reviewer reports and this test counts);
 *   <li>intact corpus files given beside mutated ones get exactly the findings they get alone.
 * </ul>
 *
 * <p>An input that breaks one of these is written to {@code target/fuzz-failures/} so that it can
 * be replayed with {@code ./jatomics review FILE}.
 */
class ReviewerFuzzTest {

  /** The generator's seed ("jatomics" in ASCII). */
  private static final long SEED = 0x6a61746f6d696373L;

  /** How many mutated files are generated (each reviewed alone; the first 400 also in batches). */
  private static final int MUTANTS = 1000;

  /** The time bound for reviewing one file, generous for a loaded CI machine. */
  private static final long PER_FILE_SECONDS = 20;

  /** Mutated files per batch; each batch also holds {@link #INTACT_PER_BATCH} intact files. */
  private static final int MUTANTS_PER_BATCH = 40;

  /** Batches: the first 400 mutants (every operator equally) are reviewed beside intact files. */
  private static final int BATCHES = 10;

  private static final int INTACT_PER_BATCH = 3;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Pattern TEXT_PROBLEM =
      Pattern.compile("^(.+?):\\d+:\\d+: error: could not be analysed: (.*)$", Pattern.MULTILINE);

  private static final Pattern GITHUB_PROBLEM =
      Pattern.compile(
          "^::error file=([^,]+),line=\\d+,col=\\d+,title=jatomics%3A could not be analysed::(.*)$",
          Pattern.MULTILINE);

  /** Runs the reviewer (daemon threads, so that a hung review cannot keep the JVM alive). */
  private static ExecutorService runner;

  private static List<Path> seeds;
  private static List<Mutant> mutants;

  @TempDir Path work;

  @BeforeAll
  static void generate() throws IOException, InterruptedException {
    runner =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fuzz-review");
              thread.setDaemon(true);
              return thread;
            });
    Path corpus = repositoryRoot().resolve("test-data");
    try (Stream<Path> files = Files.walk(corpus)) {
      seeds = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    assertTrue(seeds.size() >= 5, "too few seed files under " + corpus + ": " + seeds.size());
    Random random = new Random(SEED);
    List<Mutant> generated = new ArrayList<>();
    Operator[] operators = Operator.values();
    for (int i = 0; i < MUTANTS; i++) {
      Path seed = seeds.get(random.nextInt(seeds.size()));
      Operator operator = operators[i % operators.length];
      String name = String.format("M%04d", i);
      byte[] relocated = relocate(Files.readAllBytes(seed), name);
      byte[] bytes = operator.apply(relocated, random);
      generated.add(
          new Mutant(name, operator, seed.getFileName().toString(), bytes, Oracle.parses(bytes)));
    }
    // Shapes the fuzzer once found, kept as fixed inputs: 800 nested generic arguments (they
    // parse, then overflowed the stack while being indexed and aborted the whole run) and 750
    // nested ifs (name lookups were cubic in them: minutes for one file).
    byte[] base = relocate(Files.readAllBytes(seeds.get(0)), "R0000");
    String[] regressions = {
      "java.util.List<" + "java.util.List<".repeat(800) + "Object" + ">".repeat(801) + " deep;",
      "void deep(boolean b) { " + "if (b) ".repeat(750) + "return; }"
    };
    for (int i = 0; i < regressions.length; i++) {
      String name = String.format("R%04d", i);
      byte[] bytes =
          Operator.insertInClassBody(relocate(base, name), random, "\n" + regressions[i] + "\n");
      generated.add(
          new Mutant(
              name,
              Operator.DEEP_NESTING,
              seeds.get(0).getFileName().toString(),
              bytes,
              Oracle.parses(bytes)));
    }
    mutants = generated;
  }

  @AfterAll
  static void stop() {
    runner.shutdownNow();
  }

  /**
   * Each mutated file alone, the output format rotating over all four: no crash, no hang, the
   * unparsable ones reported, the output well-formed.
   */
  @Test
  void eachMutatedFileAloneIsReviewedOrReported() throws Exception {
    List<String> failures = new ArrayList<>();
    Map<Operator, int[]> unparsable = new EnumMap<>(Operator.class);
    Map<Operator, long[]> millis = new EnumMap<>(Operator.class);
    int tooDeep = 0;
    String[] formats = {"text", "sarif", "rdjsonl", "github"};
    for (int i = 0; i < mutants.size(); i++) {
      Mutant mutant = mutants.get(i);
      String format = formats[i % formats.length];
      Path dir = Files.createDirectories(work.resolve("alone").resolve(mutant.name()));
      Path file = dir.resolve(mutant.fileName());
      Files.write(file, mutant.bytes());
      long started = System.nanoTime();
      boolean parses = mutant.parses();
      unparsable.computeIfAbsent(mutant.operator(), k -> new int[2])[parses ? 0 : 1]++;

      Outcome outcome =
          review(
              PER_FILE_SECONDS,
              dir,
              "--format",
              format,
              "--fail-on",
              "never",
              "--jobs",
              "1",
              dir.toString());
      millis.computeIfAbsent(mutant.operator(), k -> new long[1])[0] +=
          (System.nanoTime() - started) / 1_000_000;
      if (outcome.failure() != null) {
        failures.add(saveFailure(mutant, format + ": " + outcome.failure()));
        continue;
      }
      String malformed = malformation(format, outcome.out());
      if (malformed != null) {
        failures.add(saveFailure(mutant, format + ": malformed output: " + malformed));
        continue;
      }
      Map<String, String> problems = problems(format, outcome.out());
      boolean reported = problems.containsKey(mutant.fileName());
      if (!parses && !reported) {
        failures.add(
            saveFailure(
                mutant,
                format + ": JavaParser cannot parse it, but the reviewer did not report it"));
      } else if (parses && reported) {
        String message = problems.get(mutant.fileName());
        if (message.contains("StackOverflowError")) {
          tooDeep++;
        } else {
          failures.add(saveFailure(mutant, format + ": parsable, yet reported: " + message));
        }
      } else if (outcome.exit() != (reported ? Jatomics.USAGE_OR_INPUT : Jatomics.CLEAN)) {
        failures.add(
            saveFailure(
                mutant,
                format + ": exit status " + outcome.exit() + " (reported: " + reported + ")"));
      }
    }
    StringBuilder summary =
        new StringBuilder(
            "fuzz: " + mutants.size() + " mutated files from " + seeds.size() + " seeds;");
    unparsable.forEach(
        (op, counts) ->
            summary
                .append(' ')
                .append(op)
                .append('=')
                .append(counts[1])
                .append('/')
                .append(counts[0] + counts[1]));
    summary
        .append(" unparsable; ")
        .append(tooDeep)
        .append(" parsable but too deep to analyse; review ms per operator:");
    millis.forEach((op, ms) -> summary.append(' ').append(op).append('=').append(ms[0]));
    System.out.println(summary);
    assertNoFailures(failures);
  }

  /**
   * Batches of mutated files with intact corpus files beside them: the intact files' findings are
   * exactly those they get when reviewed alone, and every unparsable mutant is reported.
   */
  @Test
  void intactFilesBesideMutatedOnesKeepTheirFindings() throws Exception {
    List<String> failures = new ArrayList<>();
    int intactFindings = 0;
    for (int b = 0; b < BATCHES; b++) {
      Path batch = Files.createDirectories(work.resolve("batch").resolve("B" + b));
      Path intact = Files.createDirectories(batch.resolve("intact"));
      Path mutated = Files.createDirectories(batch.resolve("mutated"));
      for (int k = 0; k < INTACT_PER_BATCH; k++) {
        Path seed = seeds.get((b * INTACT_PER_BATCH + k) % seeds.size());
        Path copy =
            intact
                .resolve(seed.getParent().getFileName().toString())
                .resolve(seed.getFileName().toString());
        Files.createDirectories(copy.getParent());
        Files.copy(seed, copy);
      }
      Set<String> unparsable = new TreeSet<>();
      List<Mutant> members =
          mutants.subList(
              b * MUTANTS_PER_BATCH, Math.min(mutants.size(), (b + 1) * MUTANTS_PER_BATCH));
      for (Mutant mutant : members) {
        Files.write(mutated.resolve(mutant.fileName()), mutant.bytes());
        if (!mutant.parses()) {
          unparsable.add("mutated/" + mutant.fileName());
        }
      }

      Outcome alone =
          review(
              PER_FILE_SECONDS * INTACT_PER_BATCH, batch, "--fail-on", "never", intact.toString());
      Outcome together =
          review(
              PER_FILE_SECONDS * (INTACT_PER_BATCH + members.size()),
              batch,
              "--fail-on",
              "never",
              "--jobs",
              "2",
              batch.toString());
      if (alone.failure() != null || together.failure() != null) {
        failures.add(
            "batch B"
                + b
                + ": "
                + (alone.failure() != null ? alone.failure() : together.failure()));
        continue;
      }
      List<String> expected = findingsUnder("intact/", alone.out());
      List<String> actual = findingsUnder("intact/", together.out());
      intactFindings += expected.size();
      if (!expected.equals(actual)) {
        failures.add(
            "batch B"
                + b
                + ": intact files' findings changed beside mutated files:\n  alone:  "
                + expected
                + "\n  beside: "
                + actual);
      }
      Set<String> missing = new TreeSet<>(unparsable);
      missing.removeAll(problems("text", together.out()).keySet());
      if (!missing.isEmpty()) {
        failures.add("batch B" + b + ": unparsable files not reported: " + missing);
      }
    }
    assertTrue(
        intactFindings > 0,
        "the intact files had no findings at all: the comparison proved nothing");
    assertNoFailures(failures);
  }

  // ---------------------------------------------------------------------------------------------
  // Running the reviewer

  /**
   * What one run of the reviewer did.
   *
   * @param exit its exit status
   * @param out what it printed
   * @param failure why the run counts as a crash or a hang, or null
   */
  private record Outcome(int exit, String out, String failure) {}

  private static Outcome review(long seconds, Path root, String... options)
      throws InterruptedException {
    List<String> args =
        new ArrayList<>(List.of("review", "--no-progress", "--root", root.toString()));
    args.addAll(Arrays.asList(options));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Future<Integer> run =
        runner.submit(
            () ->
                Jatomics.run(
                    args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err)));
    try {
      int exit = run.get(seconds, TimeUnit.SECONDS);
      if (exit != Jatomics.CLEAN && exit != Jatomics.USAGE_OR_INPUT) {
        return new Outcome(
            exit, out.toString(), "unexpected exit status " + exit + "; stderr: " + err);
      }
      return new Outcome(exit, out.toString(), null);
    } catch (TimeoutException e) {
      run.cancel(true);
      return new Outcome(-1, out.toString(), "no result within " + seconds + " s (hang)");
    } catch (ExecutionException e) {
      StringWriter trace = new StringWriter();
      e.getCause().printStackTrace(new PrintWriter(trace));
      return new Outcome(-1, out.toString(), "crashed: " + trace);
    }
  }

  /** The reported unparsable files (path relative to the root) and their messages. */
  private static Map<String, String> problems(String format, String out) {
    Map<String, String> problems = new TreeMap<>();
    switch (format) {
      case "text" -> {
        Matcher m = TEXT_PROBLEM.matcher(out);
        while (m.find()) {
          problems.put(m.group(1), m.group(2));
        }
      }
      case "github" -> {
        Matcher m = GITHUB_PROBLEM.matcher(out);
        while (m.find()) {
          problems.put(m.group(1), m.group(2));
        }
      }
      case "rdjsonl" -> {
        for (String line : out.lines().toList()) {
          JsonNode d = JSON.readTree(line);
          String message = d.path("message").asString();
          if (message.startsWith("could not be analysed")) {
            problems.put(d.path("location").path("path").asString(), message);
          }
        }
      }
      case "sarif" -> {
        JsonNode notifications =
            JSON.readTree(out)
                .path("runs")
                .path(0)
                .path("invocations")
                .path(0)
                .path("toolExecutionNotifications");
        for (JsonNode n : notifications) {
          problems.put(
              n.path("locations")
                  .path(0)
                  .path("physicalLocation")
                  .path("artifactLocation")
                  .path("uri")
                  .asString(),
              n.path("message").path("text").asString());
        }
      }
      default -> throw new IllegalArgumentException(format);
    }
    return problems;
  }

  /** Why {@code out} is not a well-formed report in {@code format}, or null when it is. */
  private static String malformation(String format, String out) {
    try {
      switch (format) {
        case "text" -> {
          List<String> lines = out.lines().toList();
          if (lines.isEmpty() || !lines.getLast().startsWith("jatomics: ")) {
            return "no summary line";
          }
        }
        case "sarif" -> {
          JsonNode sarif = JSON.readTree(out);
          if (!"2.1.0".equals(sarif.path("version").asString())) {
            return "no SARIF 2.1.0 log";
          }
        }
        case "rdjsonl" -> out.lines().forEach(JSON::readTree);
        case "github" -> {
          for (String line : out.lines().toList()) {
            if (!line.startsWith("::")) {
              return "not a workflow command: " + line;
            }
          }
        }
        default -> throw new IllegalArgumentException(format);
      }
      return null;
    } catch (RuntimeException e) {
      return e.toString();
    }
  }

  /** The finding lines of the text format about files under {@code prefix}. */
  private static List<String> findingsUnder(String prefix, String out) {
    return out.lines()
        .filter(l -> l.startsWith(prefix) && !l.contains(": could not be analysed: "))
        .toList();
  }

  private static String saveFailure(Mutant mutant, String what) {
    Path saved =
        Path.of("target", "fuzz-failures", mutant.name() + "-" + mutant.operator() + ".java");
    try {
      Files.createDirectories(saved.getParent());
      Files.write(saved, mutant.bytes());
    } catch (IOException e) {
      saved = null;
    }
    return mutant.name()
        + " ("
        + mutant.operator()
        + " of "
        + mutant.seed()
        + ", saved as "
        + saved
        + "): "
        + what;
  }

  private static void assertNoFailures(List<String> failures) {
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " fuzz failure(s):\n"
              + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
  }

  private static Path repositoryRoot() {
    String root = System.getProperty("jatomics.root");
    return (root != null ? Path.of(root) : Path.of("").toAbsolutePath().resolve("../.."))
        .normalize();
  }

  // ---------------------------------------------------------------------------------------------
  // The oracle: does JavaParser (the reviewer's parser, at the same language level) parse it?

  /** Decides independently of the reviewer whether a file is parsable. */
  private static final class Oracle {
    private Oracle() {}

    /**
     * Whether JavaParser parses {@code bytes}, decoded as the reviewer decodes files. It parses on
     * a thread with a large stack: an input it cannot parse there is unparsable for the reviewer
     * too, whatever the JIT did to frame sizes, so the verdict does not depend on luck. (An input
     * that parses here but is too deep for the reviewer's threads is tolerated when the reviewer
     * reports it as such.)
     */
    static boolean parses(byte[] bytes) throws InterruptedException {
      boolean[] parsed = new boolean[1];
      Thread thread = new Thread(null, () -> parsed[0] = parse(bytes), "fuzz-oracle", 512L << 20);
      thread.setDaemon(true);
      thread.start();
      thread.join(TimeUnit.SECONDS.toMillis(PER_FILE_SECONDS));
      return !thread.isAlive() && parsed[0];
    }

    private static boolean parse(byte[] bytes) {
      // As javac and the reviewer read source: after unicode-escape translation (JLS 3.3).
      ParserConfiguration configuration =
          new ParserConfiguration()
              .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
              .setPreprocessUnicodeEscapes(true);
      try {
        ParseResult<CompilationUnit> result =
            new JavaParser(configuration).parse(SourceDecoder.decode(bytes, null));
        return result.isSuccessful() && result.getResult().isPresent();
      } catch (CharacterCodingException | RuntimeException | StackOverflowError e) {
        return false;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The mutations

  /**
   * A generated input.
   *
   * @param name its name (also its class-path-free package: {@code fuzz.m0042})
   * @param operator the mutation that made it
   * @param seed the corpus file it came from
   * @param bytes its content
   * @param parses whether JavaParser parses it ({@link Oracle})
   */
  private record Mutant(String name, Operator operator, String seed, byte[] bytes, boolean parses) {
    String fileName() {
      return name + ".java";
    }
  }

  /**
   * Moves a seed into a package of its own ({@code fuzz.m0042}), so that what a mutant declares
   * never shares a package with the intact files reviewed beside it.
   */
  private static byte[] relocate(byte[] source, String name) {
    String text = new String(source, StandardCharsets.UTF_8);
    String pkg = "package fuzz." + name.toLowerCase(java.util.Locale.ROOT) + ";";
    Matcher m = Pattern.compile("(?m)^package\\s+[\\w.]+\\s*;").matcher(text);
    String moved = m.find() ? m.replaceFirst(pkg) : pkg + "\n" + text;
    return moved.getBytes(StandardCharsets.UTF_8);
  }

  /** The ways an input is damaged; each takes the seeded generator. */
  private enum Operator {
    /** Cut at a random byte (possibly inside a UTF-8 sequence, a comment or a string). */
    TRUNCATE {
      @Override
      byte[] apply(byte[] s, Random r) {
        return Arrays.copyOf(s, r.nextInt(s.length));
      }
    },
    /** Delete one to three braces. */
    DELETE_BRACES {
      @Override
      byte[] apply(byte[] s, Random r) {
        return deleteSome(s, r, "{}");
      }
    },
    /** Delete one to three parentheses. */
    DELETE_PARENTHESES {
      @Override
      byte[] apply(byte[] s, Random r) {
        return deleteSome(s, r, "()");
      }
    },
    /** Replace one to eight bytes with random ones. */
    FLIP_BYTES {
      @Override
      byte[] apply(byte[] s, Random r) {
        byte[] out = s.clone();
        int flips = 1 + r.nextInt(8);
        for (int i = 0; i < flips && out.length > 0; i++) {
          out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        return out;
      }
    },
    /**
     * Insert malformed UTF-8: stray continuation bytes, truncated and overlong sequences,
     * surrogates.
     */
    INVALID_UTF8 {
      private final byte[][] sequences = {
        {(byte) 0x80},
        {(byte) 0xBF},
        {(byte) 0xC3},
        {(byte) 0xC3, 0x28},
        {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xFE},
        {(byte) 0xFF},
        {0}
      };

      @Override
      byte[] apply(byte[] s, Random r) {
        byte[] out = s;
        int count = 1 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
          out = insert(out, r.nextInt(out.length + 1), sequences[r.nextInt(sequences.length)]);
        }
        return out;
      }
    },
    /** Insert one huge line at the top of the first class body (often still valid Java). */
    HUGE_LINE {
      @Override
      byte[] apply(byte[] s, Random r) {
        int length = 10_000 + r.nextInt(30_000);
        String line =
            switch (r.nextInt(5)) {
              case 0 -> "// " + "x".repeat(length);
              case 1 -> "String huge = \"" + "a".repeat(length) + "\";";
              case 2 -> "int " + "v".repeat(length) + " = 1;";
              case 3 ->
                  "int sum = 1"
                      + " + 1".repeat(500 + r.nextInt(1500))
                      + "; // "
                      + "s".repeat(length);
              default -> "/* " + "é".repeat(length) + " */ int tail;";
            };
        return insertInClassBody(s, r, "\n" + line + "\n");
      }
    },
    /** Insert a deeply nested construct at the top of the first class body. */
    DEEP_NESTING {
      @Override
      byte[] apply(byte[] s, Random r) {
        int depth = r.nextBoolean() ? 10 + r.nextInt(40) : 200 + r.nextInt(600);
        String nested =
            switch (r.nextInt(7)) {
              case 0 -> "int deep = " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";";
              case 1 -> "void deep() { " + "{".repeat(depth) + "}".repeat(depth) + " }";
              case 2 -> "void deep(boolean b) { " + "if (b) ".repeat(depth) + "return; }";
              case 3 -> "int[] deep = " + "{".repeat(depth) + "}".repeat(depth) + ";";
              case 4 ->
                  "java.util.List<"
                      + "java.util.List<".repeat(depth)
                      + "Object"
                      + ">".repeat(depth + 1)
                      + " deep;";
              case 5 -> "int deep = " + "true ? 1 : ".repeat(depth) + "0;";
              default ->
                  "Object deep = "
                      + "(java.util.function.Supplier<Object>) () -> ".repeat(depth)
                      + "null;";
            };
        return insertInClassBody(s, r, "\n" + nested + "\n");
      }
    },
    /** Odd files: empty, a lone byte order mark, UTF-16 text, NULs, CR line ends, open comments. */
    ODD_FILE {
      @Override
      byte[] apply(byte[] s, Random r) {
        String text = new String(s, StandardCharsets.ISO_8859_1);
        return switch (r.nextInt(8)) {
          case 0 -> new byte[0];
          case 1 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
          case 2 ->
              concat(
                  new byte[] {(byte) 0xFF, (byte) 0xFE},
                  new String(s, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
          case 3 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, s);
          case 4 -> text.replace("\n", "\r").getBytes(StandardCharsets.ISO_8859_1);
          case 5 ->
              insert(
                  s,
                  r.nextInt(s.length + 1),
                  "/* never closed ".getBytes(StandardCharsets.US_ASCII));
          case 6 ->
              insert(
                  s,
                  r.nextInt(s.length + 1),
                  "\"\"\"\n text block never closed".getBytes(StandardCharsets.US_ASCII));
          default -> {
            byte[] noise = new byte[1 + r.nextInt(4096)];
            r.nextBytes(noise);
            yield noise;
          }
        };
      }
    };

    abstract byte[] apply(byte[] source, Random random);

    private static byte[] deleteSome(byte[] s, Random r, String targets) {
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < s.length; i++) {
        if (targets.indexOf(s[i]) >= 0) {
          positions.add(i);
        }
      }
      if (positions.isEmpty()) {
        return s;
      }
      Set<Integer> doomed = new TreeSet<>();
      int count = 1 + r.nextInt(3);
      for (int i = 0; i < count; i++) {
        doomed.add(positions.get(r.nextInt(positions.size())));
      }
      byte[] out = new byte[s.length - doomed.size()];
      int j = 0;
      for (int i = 0; i < s.length; i++) {
        if (!doomed.contains(i)) {
          out[j++] = s[i];
        }
      }
      return out;
    }

    private static byte[] insertInClassBody(byte[] s, Random r, String member) {
      String text = new String(s, StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("\\b(class|enum|record|interface)\\b[^{]*\\{").matcher(text);
      int at = m.find() ? m.end() : r.nextInt(text.length() + 1);
      return (text.substring(0, at) + member + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] s, int at, byte[] piece) {
      byte[] out = new byte[s.length + piece.length];
      System.arraycopy(s, 0, out, 0, at);
      System.arraycopy(piece, 0, out, at, piece.length);
      System.arraycopy(s, at, out, at + piece.length, s.length - at);
      return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
      return insert(b, 0, a);
    }
  }
}
