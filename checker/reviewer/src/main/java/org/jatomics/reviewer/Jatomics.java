package org.jatomics.reviewer;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jatomics} command. Its subcommand {@code review} runs the checks over source trees
 * ({@link ReviewCommand}).
 */
@Command(
    name = "jatomics",
    mixinStandardHelpOptions = true,
    versionProvider = Jatomics.Version.class,
    subcommands = {
      ReviewCommand.class,
      ExplainCommand.class,
      org.jatomics.reviewer.lsp.LspCommand.class
    },
    description =
        "Typed atomics for shared-memory Java: checks for non-atomic access, missing"
            + " dependency ordering and unjustified unsafe operations.",
    footer = {
      "",
      "Run 'jatomics review --help' for the reviewer's options; 'jatomics explain NAME' prints a"
          + " check's documentation."
    })
public final class Jatomics implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Exit status: no finding at or above the --fail-on level. */
  public static final int CLEAN = 0;

  /** Exit status: findings at or above the --fail-on level. */
  public static final int FINDINGS = 1;

  /** Exit status: bad usage, or a file that could not be read or parsed. */
  public static final int USAGE_OR_INPUT = 2;

  /** Exit status: an internal error (a bug in jatomics, or the JVM ran out of memory). */
  public static final int INTERNAL_ERROR = 3;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    int status;
    try {
      // The platform's charset, as System.out itself uses (Java 17 has no System.out.charset()).
      Charset console = Charset.defaultCharset();
      status =
          run(
              args,
              new PrintWriter(new OutputStreamWriter(System.out, console), true),
              new PrintWriter(new OutputStreamWriter(System.err, console), true));
    } catch (Throwable t) { // NOPMD: the last line of defence; an error is a message, never a trace
      System.err.println(internalError(t));
      status = INTERNAL_ERROR;
    }
    System.exit(status);
  }

  /** The one-line message for an internal error: what happened, and what to do about it. */
  static String internalError(Throwable t) {
    String what =
        t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    String advice =
        t instanceof OutOfMemoryError
            ? " (give the JVM more heap, e.g. JATOMICS_JAVA_OPTS=-Xmx2g, or review fewer files at once)"
            : " (a bug in jatomics: please report it with the input that caused it)";
    return "jatomics: internal error: " + what.replaceAll("\\p{Cntrl}", "?") + advice;
  }

  /**
   * Runs the command line with the given output and error streams and returns the exit status (for
   * tests and embedding).
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Jatomics());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (e, arguments) -> {
          String command = e.getCommandLine().getCommandName();
          String qualified = command.equals("jatomics") ? command : "jatomics " + command;
          e.getCommandLine()
              .getErr()
              .println(qualified + ": " + e.getMessage() + " (see '" + qualified + " --help')");
          return USAGE_OR_INPUT;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cl, parseResult) -> {
          if (e instanceof UsageException) {
            String command = "jatomics " + cl.getCommandName();
            cl.getErr()
                .println(command + ": " + e.getMessage() + " (see '" + command + " --help')");
            return USAGE_OR_INPUT;
          }
          cl.getErr().println(internalError(e));
          return INTERNAL_ERROR;
        });
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: use 'jatomics review PATH...' or 'jatomics explain NAME'");
  }

  /** A command-line mistake found after parsing (a missing path, an unreadable diff). */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Reads the version from the jar's manifest. */
  public static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"jatomics " + org.jatomics.reviewer.report.Versions.version()};
    }
  }
}
