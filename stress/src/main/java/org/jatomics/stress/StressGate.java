package org.jatomics.stress;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.ReportUtils;
import org.openjdk.jcstress.infra.grading.TestGrading;
import org.openjdk.jcstress.infra.runners.TestList;

/**
 * Runs jcstress and turns its verdict into an exit status a build can fail on.
 *
 * <p>jcstress 0.16 itself ends with an {@code AssertionError} (exit status 1) when a test observed
 * a {@code FORBIDDEN} outcome or ended in an error, but it exits with status 0 when no test matched
 * (which is what happens, silently, when jcstress's annotation processor did not run at compile
 * time) and when a test could not be scheduled at all. This gate takes the usual jcstress options,
 * runs the tests, reads back the result file jcstress wrote and judges it itself: exit status 1
 * when any test observed a {@code FORBIDDEN} outcome, ended in an error (VM crash, timeout,
 * exception in an actor), or has no result although the machine could schedule it; or when there is
 * no test. Tests with more actors than the run may use CPUs (IRIW needs four) cannot be scheduled
 * by jcstress; they are listed as not run, never counted as passed.
 *
 * <p>It also writes {@code summary.md} (the outcome counts of every test as a Markdown table) into
 * the jcstress result directory, for {@code docs/verification.md}.
 */
public final class StressGate {

  private StressGate() {}

  /**
   * Runs jcstress with {@code args} (the options of {@code java -jar jcstress.jar -h}) and exits
   * with status 0 when every schedulable test ran and passed, 1 otherwise, 2 on bad options.
   *
   * @param args jcstress options, for example {@code -m quick -t MessagePassing}
   * @throws Exception when jcstress itself fails or its result file cannot be read
   */
  public static void main(String[] args) throws Exception {
    Options options = new Options(args);
    if (!options.parse()) {
      System.exit(2);
    }
    JCStress jcstress = new JCStress(options);
    SortedSet<String> tests = jcstress.getTests();
    if (tests.isEmpty()) {
      System.err.println(
          "jcstress: no test matches \""
              + options.getTestFilter()
              + "\". If there are no tests at all, jcstress's annotation processor did not run"
              + " when the tests were compiled (it must be on the annotation processor path).");
      System.exit(1);
    }
    try {
      jcstress.run();
    } catch (AssertionError reported) {
      // jcstress's own "TEST FAILURES" report; the verdict below finds the same failures.
      System.out.println("jcstress reported failures: " + reported.getMessage());
    }

    InProcessCollector collector = new InProcessCollector();
    DiskReadCollector reader = new DiskReadCollector(options.getResultFile(), collector);
    try {
      reader.dump();
    } finally {
      reader.close();
    }
    Map<String, TestResult> results = new TreeMap<>();
    for (TestResult result : ReportUtils.mergedByName(collector.getTestResults())) {
      results.put(result.getName(), result);
    }

    Verdict verdict = judge(tests, results, options.getCPUCount());
    Path summary = Path.of(options.getResultDest(), "summary.md");
    Files.createDirectories(summary.getParent());
    Files.writeString(summary, verdict.markdown(args, options), StandardCharsets.UTF_8);
    verdict.print(System.out, summary);
    System.exit(verdict.failures.isEmpty() ? 0 : 1);
  }

  /** Grades every selected test; a test without results is a failure unless it needs more CPUs. */
  static Verdict judge(SortedSet<String> tests, Map<String, TestResult> results, int cpus) {
    Verdict verdict = new Verdict();
    for (String test : tests) {
      TestResult result = results.get(test);
      TestInfo info = TestList.getInfo(test);
      if (result == null) {
        if (info.threads() > cpus) {
          verdict.notRun.add(
              test + " (needs " + info.threads() + " CPUs, this run may use " + cpus + ")");
        } else {
          verdict.failures.add(test + ": no result although it fits on " + cpus + " CPUs");
        }
        continue;
      }
      verdict.ran.put(test, result);
      if (result.status() != Status.NORMAL) {
        verdict.failures.add(
            test + ": " + result.status() + " " + String.join(" | ", result.getMessages()));
        continue;
      }
      TestGrading grading = result.grading();
      if (!grading.isPassed) {
        List<String> why = new ArrayList<>();
        for (String message : grading.failureMessages) {
          if (message != null) {
            why.add(message);
          }
        }
        verdict.failures.add(test + ": " + String.join("; ", why));
      }
    }
    return verdict;
  }

  /** What the gate found: the tests that ran, the failures, the tests the machine cannot run. */
  static final class Verdict {
    final Map<String, TestResult> ran = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    final List<String> notRun = new ArrayList<>();

    void print(PrintStream out, Path summary) {
      out.println();
      out.println("jatomics stress gate (outcome counts in " + summary + "):");
      for (String test : notRun) {
        out.println("  NOT RUN  " + test);
      }
      for (String failure : failures) {
        out.println("  FAILED   " + failure);
      }
      out.println(
          "jcstress: "
              + (ran.size() - countFailedAmongRan())
              + " passed, "
              + failures.size()
              + " failed, "
              + notRun.size()
              + " not run");
    }

    private int countFailedAmongRan() {
      int failed = 0;
      for (String failure : failures) {
        String name = failure.substring(0, failure.indexOf(':'));
        if (ran.containsKey(name)) {
          failed++;
        }
      }
      return failed;
    }

    String markdown(String[] args, Options options) {
      StringBuilder md = new StringBuilder();
      md.append("jcstress options: `")
          .append(String.join(" ", args))
          .append("` (")
          .append(options.getForks())
          .append(" fork(s) x ")
          .append(options.getIterations())
          .append(" iteration(s) x ")
          .append(options.getTime())
          .append(" ms per JVM configuration, split compilation: ")
          .append(options.isSplitCompilation())
          .append(", CPUs: ")
          .append(options.getCPUCount())
          .append(", JVM: ")
          .append(System.getProperty("java.vm.name"))
          .append(' ')
          .append(System.getProperty("java.runtime.version"))
          .append(")\n\n");
      md.append("| test | outcome | expectation | count |\n|---|---|---|---:|\n");
      for (Map.Entry<String, TestResult> entry : ran.entrySet()) {
        String shortName = entry.getKey().replace("org.jatomics.stress.", "");
        for (GradingResult outcome : entry.getValue().grading().gradingResults.values()) {
          md.append("| ")
              .append(shortName)
              .append(" | ")
              .append(outcome.id.replace("|", "\\|"))
              .append(" | ")
              .append(outcome.expect)
              .append(" | ")
              .append(String.format("%,d", outcome.count))
              .append(" |\n");
        }
      }
      for (String test : notRun) {
        md.append("| ")
            .append(test.replace("org.jatomics.stress.", ""))
            .append(" | not run | | |\n");
      }
      return md.toString();
    }
  }
}
