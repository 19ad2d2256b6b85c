package org.jatomics.reviewer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jatomics.reviewer.Jatomics.UsageException;
import org.jatomics.reviewer.report.Report;
import picocli.CommandLine;

/**
 * {@code jatomics review} inside another JVM program (the Maven plugin): the options of the command
 * line, read, checked and applied by the same code ({@code .jatomics.yml}, baseline, diff base and
 * report file included), with the findings handed back instead of only printed. Runs may go on
 * concurrently, each with its own working folder.
 */
public final class EmbeddedReview {
  private EmbeddedReview() {}

  /**
   * What one run found.
   *
   * @param status the exit status the command line would have ({@link Jatomics#CLEAN}, {@link
   *     Jatomics#FINDINGS} or {@link Jatomics#USAGE_OR_INPUT} for files that could not be analysed)
   * @param report the findings reported (after the baseline), and the files that could not be
   *     analysed; empty after {@code --write-baseline}, which reports nothing
   * @param failOn the {@code --fail-on} level in force ({@code error}, {@code warning} or {@code
   *     never}), from the arguments or {@code .jatomics.yml}
   */
  public record Outcome(int status, Report report, String failOn) {}

  /** Options that were not valid (the message names the option, as the command line does). */
  public static final class BadOptionException extends Exception {
    private static final long serialVersionUID = 1L;

    BadOptionException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Runs {@code jatomics review ARGUMENTS}.
   *
   * @param workingDirectory where {@code .jatomics.yml}, the git work tree of {@code --diff-base}
   *     and the default root are looked for (relative paths in {@code arguments} are resolved
   *     against the JVM's folder, so give absolute ones)
   * @param arguments the options and paths, as after {@code jatomics review}
   * @param out where the report goes when there is no {@code --output}
   * @param err where notes go (a clamped {@code --jobs}, a written baseline)
   * @throws BadOptionException when an option or its value is not valid, or a path does not exist
   * @throws IOException when the report or baseline could not be written
   */
  public static Outcome run(
      Path workingDirectory, List<String> arguments, PrintWriter out, PrintWriter err)
      throws BadOptionException, IOException {
    ReviewCommand command = new ReviewCommand();
    command.directory = workingDirectory;
    command.keepReport = true;
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(out);
    commandLine.setErr(err);
    int status;
    try {
      commandLine.parseArgs(arguments.toArray(String[]::new));
      status = command.call();
    } catch (CommandLine.ParameterException | UsageException e) {
      throw new BadOptionException(e.getMessage(), e);
    } finally {
      out.flush();
      err.flush();
    }
    Report report =
        command.reported != null
            ? command.reported
            : new Report(List.of(), List.of(), List.of(), 0);
    return new Outcome(status, report, command.failOn.toLowerCase(Locale.ROOT));
  }
}
