package org.jatomics.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.jatomics.checker.Severity;
import org.jatomics.reviewer.EmbeddedReview;
import org.jatomics.reviewer.Jatomics;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.FileProblem;
import org.jatomics.reviewer.report.Report;
import org.jatomics.reviewer.report.TextReporter;

/**
 * Runs the jatomics reviewer (the six checks over Java sources, no Error Prone needed) over the
 * project's sources, prints each finding in the build log as {@code path:line:column}, optionally
 * writes a report file, and fails the build when findings reach {@code failOn}. It is {@code
 * jatomics review} in-process: the same options (see docs/reviewer.md), and the same {@code
 * .jatomics.yml} defaults, found from the module's folder upwards; what the POM sets wins.
 */
@Mojo(
    name = "review",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class ReviewMojo extends AbstractMojo {
  /**
   * The Maven parameters that are reviewer options, by option: the arguments are built from this
   * table, and the reviewer's messages about an option name the parameter instead.
   */
  private static final Map<String, String> PARAMETERS =
      Map.of(
          "--fail-on", "failOn",
          "--format", "format",
          "--output", "outputFile",
          "--baseline", "baseline",
          "--write-baseline", "writeBaseline",
          "--exclude", "excludes",
          "--diff-base", "diffBase",
          "--jobs", "jobs",
          "--config", "config");

  private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** Skip the review. */
  @Parameter(property = "jatomics.skip", defaultValue = "false")
  private boolean skip;

  /**
   * {@code error}, {@code warning} or {@code never}: the lowest severity that fails the build.
   * Default: {@code .jatomics.yml}'s {@code fail-on}, else {@code error}.
   */
  @Parameter(property = "jatomics.failOn")
  private String failOn;

  /**
   * The report file's format: {@code text}, {@code sarif} (GitHub code scanning), {@code rdjsonl}
   * (reviewdog) or {@code github} (workflow commands). The build log shows the findings in any
   * case.
   */
  @Parameter(property = "jatomics.format", defaultValue = "text")
  private String format;

  /**
   * Where the report is written in {@code format}. Default: none for {@code text} (the log has it),
   * else {@code ${project.build.directory}/jatomics-review.FORMAT}.
   */
  @Parameter(property = "jatomics.outputFile")
  private File outputFile;

  /**
   * Findings recorded in this file (see {@code writeBaseline}) are not reported: matched by check,
   * file and the content of the flagged line, so they survive unrelated edits.
   */
  @Parameter(property = "jatomics.baseline")
  private File baseline;

  /**
   * Record every finding in this file and report nothing (adopting the checks on existing code):
   * {@code mvn jatomics:review -Djatomics.writeBaseline=jatomics-baseline.json}.
   */
  @Parameter(property = "jatomics.writeBaseline")
  private File writeBaseline;

  /**
   * Files or folders not to read: globs matched against the path relative to each source root (a
   * glob without {@code /} against every name on the path), e.g. {@code **}{@code /generated/**} or
   * {@code *Test.java}. Default: {@code .jatomics.yml}'s {@code exclude}.
   */
  @Parameter(property = "jatomics.excludes")
  private List<String> excludes;

  /**
   * Report only findings on lines changed since the merge base of this git ref and the work tree
   * (e.g. {@code origin/main}); computed in-process, with that ref's {@code .jatomics.yml} and
   * baseline.
   */
  @Parameter(property = "jatomics.diffBase")
  private String diffBase;

  /**
   * The folders reviewed. Default: the project's compile source roots that exist, except those in
   * the build directory (generated sources).
   */
  @Parameter private List<File> sourceRoots;

  /** Files analysed in parallel. Default: the number of processors. */
  @Parameter(property = "jatomics.jobs")
  private Integer jobs;

  /** Read the reviewer's defaults from this file instead of the nearest {@code .jatomics.yml}. */
  @Parameter(property = "jatomics.config")
  private File config;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("jatomics review skipped (jatomics.skip)");
      return;
    }
    List<Path> roots = roots();
    if (roots.isEmpty()) {
      getLog().info("jatomics review: no source folder to review");
      return;
    }
    createParentFolder(writeBaseline != null ? writeBaseline : reportFile());
    StringWriter notes = new StringWriter();
    EmbeddedReview.Outcome outcome;
    try {
      outcome =
          EmbeddedReview.run(
              project.getBasedir().toPath(),
              arguments(roots),
              new PrintWriter(Writer.nullWriter()),
              new PrintWriter(notes));
    } catch (EmbeddedReview.BadOptionException e) {
      throw new MojoExecutionException(
          "jatomics review: " + inMavenTerms(e.getMessage())); // the cause says it with options
    } catch (IOException e) {
      throw new MojoExecutionException("jatomics review: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("jatomics review: internal error: " + e, e);
    }
    notes.toString().lines().forEach(line -> getLog().info(line));
    log(outcome.report());
    if (writeBaseline != null) {
      return;
    }
    String summary = TextReporter.summary(outcome.report());
    getLog().info(summary);
    Report report = outcome.report();
    if (outcome.status() == Jatomics.FINDINGS) {
      long failing =
          outcome.failOn().equals("warning")
              ? report.diagnostics().size()
              : report.count(Severity.ERROR);
      throw new MojoFailureException(
          "jatomics review: "
              + failing
              + (failing == 1 ? " finding" : " findings")
              + " at or above failOn="
              + outcome.failOn()
              + " ("
              + summary.substring(summary.indexOf(' ') + 1)
              + "); see the log above");
    }
    if (outcome.status() != Jatomics.CLEAN) {
      int files = report.problems().size();
      throw new MojoFailureException(
          "jatomics review: "
              + files
              + (files == 1 ? " file" : " files")
              + " could not be analysed; see the log above");
    }
  }

  /** The source roots to review: the configured ones, else the compile source roots. */
  private List<Path> roots() {
    List<Path> roots = new ArrayList<>();
    if (sourceRoots != null && !sourceRoots.isEmpty()) {
      for (File root : sourceRoots) {
        roots.add(
            root.toPath().toAbsolutePath()); // a configured root that does not exist is an error
      }
      return roots;
    }
    Path buildDirectory = Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
    for (String root : project.getCompileSourceRoots()) {
      Path path = Path.of(root).toAbsolutePath().normalize();
      if (path.toFile().isDirectory() && !path.startsWith(buildDirectory)) {
        roots.add(path);
      }
    }
    return roots;
  }

  /**
   * The module's compile class path (its dependencies' jars and the class folders of modules built
   * before it in the reactor), so that names from libraries resolve as they do for javac: a
   * library's {@code Unsafe} holder, its field-name constants, its {@code @SafetyContract} methods.
   * The module's own classes are left out (its sources say more), and so are entries that are
   * neither a folder nor a jar: the reviewer reads only those.
   */
  private List<String> classPath() throws MojoExecutionException {
    List<String> elements;
    try {
      elements = project.getCompileClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("jatomics review: " + e.getMessage(), e);
    }
    Path own = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
    List<String> classPath = new ArrayList<>();
    for (String element : elements) {
      Path path = Path.of(element).toAbsolutePath().normalize();
      boolean usable =
          Files.isDirectory(path)
              || (Files.isRegularFile(path)
                  && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"));
      if (!path.equals(own) && usable) {
        classPath.add(path.toString());
      } else if (!path.equals(own)) {
        getLog().debug("jatomics review: not on the reviewer's class path: " + path);
      }
    }
    return classPath;
  }

  /** The reviewer's command line for this configuration. */
  private List<String> arguments(List<Path> roots) throws MojoExecutionException {
    List<String> args = new ArrayList<>(List.of("--no-progress", "--color", "never"));
    option(args, "--fail-on", failOn);
    option(args, "--format", format);
    option(args, "--output", reportFile());
    if (writeBaseline == null) { // a new baseline records every finding, those of the old one too
      option(args, "--baseline", baseline);
    }
    option(args, "--write-baseline", writeBaseline);
    if (excludes != null) {
      for (String exclude : excludes) {
        option(args, "--exclude", exclude);
      }
    }
    option(args, "--diff-base", diffBase);
    option(args, "--jobs", jobs);
    option(args, "--config", config);
    List<String> classPath = classPath();
    if (!classPath.isEmpty()) {
      args.add("--classpath");
      args.add(String.join(File.pathSeparator, classPath));
    }
    args.add("--");
    for (Path root : roots) {
      args.add(root.toString());
    }
    return args;
  }

  /**
   * The report file: {@code outputFile}, else one in the build directory unless the format is text.
   */
  private File reportFile() {
    if (outputFile == null && format != null && !format.equalsIgnoreCase("text")) {
      return new File(
          project.getBuild().getDirectory(), "jatomics-review." + format.toLowerCase(Locale.ROOT));
    }
    return outputFile;
  }

  /** Creates the folder {@code file} is written to, as Maven plugins do for files in target/. */
  private static void createParentFolder(File file) throws MojoExecutionException {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.getAbsoluteFile().toPath().getParent());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "jatomics review: cannot create the folder of " + file + ": " + e.getMessage(), e);
    }
  }

  private static void option(List<String> args, String option, Object value) {
    if (value == null) {
      return;
    }
    if (!PARAMETERS.containsKey(option)) {
      throw new IllegalArgumentException("not a parameter: " + option);
    }
    args.add(option);
    args.add(value instanceof File file ? file.getAbsolutePath() : value.toString());
  }

  /** A reviewer message with its option names replaced by the parameters that set them. */
  static String inMavenTerms(String message) {
    Matcher option = OPTION.matcher(message);
    StringBuilder out = new StringBuilder();
    while (option.find()) {
      option.appendReplacement(
          out, Matcher.quoteReplacement(PARAMETERS.getOrDefault(option.group(), option.group())));
    }
    return option.appendTail(out).toString();
  }

  /**
   * Each finding and unreadable file as {@code path:line:column: [Check] message}, at its level.
   */
  private void log(Report report) {
    for (FileProblem problem : report.problems()) {
      getLog()
          .error(
              location(problem.file(), problem.line(), problem.column())
                  + "could not be analysed: "
                  + TextReporter.printable(problem.message()));
    }
    for (Diagnostic d : report.diagnostics()) {
      String line =
          location(d.file(), d.line(), d.column())
              + "["
              + d.check()
              + "] "
              + TextReporter.printable(d.text());
      String fix = d.fixHint().isBlank() ? null : "    fix: " + TextReporter.printable(d.fixHint());
      if (d.severity() == Severity.ERROR) {
        getLog().error(line);
        if (fix != null) {
          getLog().error(fix);
        }
      } else {
        getLog().warn(line);
        if (fix != null) {
          getLog().warn(fix);
        }
      }
    }
  }

  private static String location(String file, int line, int column) {
    return TextReporter.printable(file) + ":" + line + ":" + column + ": ";
  }
}
