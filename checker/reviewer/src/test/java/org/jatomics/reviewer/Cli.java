package org.jatomics.reviewer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs {@code jatomics} in-process and captures what it prints. */
final class Cli {
  /**
   * What a run did.
   *
   * @param exit the exit status
   * @param out standard output
   * @param err standard error
   */
  record Result(int exit, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Jatomics.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(exit, out.toString(), err.toString());
  }

  /** Runs {@code jatomics} as if started in {@code folder} (where .jatomics.yml is looked for). */
  static synchronized Result runIn(Path folder, String... args) {
    Path saved = ReviewCommand.workingDirectory;
    ReviewCommand.workingDirectory = folder;
    try {
      return run(args);
    } finally {
      ReviewCommand.workingDirectory = saved;
    }
  }

  /** The bundled example tree (three files with one finding of every check). */
  static Path tree() {
    return Path.of("src/test/resources/tree").toAbsolutePath();
  }
}
