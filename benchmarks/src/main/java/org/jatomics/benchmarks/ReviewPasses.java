package org.jatomics.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reviewer's throughput once compiled: in one JVM, pass after pass, {@link ParseOnly}'s parse
 * of the files and {@code jatomics review} of the same files by one or more reviewer jars, in turn.
 * Taking turns inside one JVM puts every tool under the same load (this machine kind's speed drifts
 * by a third within minutes), and later passes run compiled code: a command-line run of 330k lines
 * on one core spends about half its CPU in the JIT compilers, the reviewer more than parse-only
 * because it runs more code, so a single cold run measures the JIT as much as the tool.
 *
 * <p>Prints one line per pass with each tool's seconds and parse-only/tool, then for each jar the
 * median of that ratio over the second half of the passes (the steady state).
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.jatomics.benchmarks.ReviewPasses [--passes N]
 * FILE_LIST REVIEWER_ALL_JAR... -- REVIEW_ARGUMENTS...}: FILE_LIST names one Java file per line
 * (parse-only's input); each jar is loaded in its own class loader (its JavaParser is not this
 * jar's), and its report written nowhere: give the same files as folders, and {@code --format text
 * --fail-on never --no-progress --jobs 1}.
 */
public final class ReviewPasses {
  private ReviewPasses() {}

  /**
   * Runs the passes (default 10).
   *
   * @param args the options described in the class comment
   * @throws Exception if a reviewer jar cannot be loaded or a review fails
   */
  public static void main(String[] args) throws Exception {
    int passes = 10;
    int i = 0;
    if (args.length > 1 && args[0].equals("--passes")) {
      passes = Integer.parseInt(args[1]);
      i = 2;
    }
    int dashes = Arrays.asList(args).indexOf("--");
    if (dashes < i + 2) {
      System.err.println(
          "usage: ReviewPasses [--passes N] FILE_LIST REVIEWER_ALL_JAR... -- REVIEW_ARGUMENTS...");
      System.exit(2);
    }
    List<Path> files = ParseOnly.listed(Path.of(args[i]));
    List<Path> jars = new ArrayList<>();
    for (int j = i + 1; j < dashes; j++) {
      jars.add(Path.of(args[j]));
    }
    String[] review = new String[args.length - dashes];
    review[0] = "review";
    System.arraycopy(args, dashes + 1, review, 1, args.length - dashes - 1);

    List<URLClassLoader> loaders = new ArrayList<>();
    List<Method> runs = new ArrayList<>();
    for (Path jar : jars) {
      URLClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      loaders.add(loader);
      runs.add(
          loader
              .loadClass("org.jatomics.reviewer.Jatomics")
              .getMethod("run", String[].class, PrintWriter.class, PrintWriter.class));
    }
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    double[][] ratios = new double[jars.size()][passes];
    for (int pass = 0; pass < passes; pass++) {
      double parse = ParseOnly.parseAll(files).seconds();
      StringBuilder line = new StringBuilder();
      line.append(String.format("pass %d: parse-only %.3f s", pass + 1, parse));
      for (int j = 0; j < jars.size(); j++) {
        double seconds = review(runs.get(j), review, err);
        ratios[j][pass] = parse / seconds;
        line.append(
            String.format(
                ", %s %.3f s (%.2f)", jars.get(j).getFileName(), seconds, ratios[j][pass]));
      }
      System.out.println(line);
    }
    for (int j = 0; j < jars.size(); j++) {
      double[] steady = Arrays.copyOfRange(ratios[j], passes / 2, passes);
      Arrays.sort(steady);
      System.out.printf(
          "steady state (passes %d-%d): parse-only / %s median %.3f [%.3f-%.3f]%n",
          passes / 2 + 1,
          passes,
          jars.get(j).getFileName(),
          median(steady),
          steady[0],
          steady[steady.length - 1]);
    }
    for (URLClassLoader loader : loaders) {
      loader.close();
    }
  }

  private static double review(Method run, String[] review, PrintWriter err) throws IOException {
    long start = System.nanoTime();
    int status;
    try (PrintWriter nowhere = new PrintWriter(Writer.nullWriter())) {
      status = (Integer) run.invoke(null, review, nowhere, err);
    } catch (InvocationTargetException | IllegalAccessException e) {
      throw new IOException("the review failed: " + Arrays.toString(review), e.getCause());
    }
    if (status > 1) {
      throw new IOException("the review exited " + status + ": " + Arrays.toString(review));
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
