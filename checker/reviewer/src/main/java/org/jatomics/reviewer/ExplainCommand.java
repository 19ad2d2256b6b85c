package org.jatomics.reviewer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jatomics.checker.CheckDocs;
import org.jatomics.checker.CheckName;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jatomics explain NAME}: prints a check's documentation page, bundled in the jar. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Jatomics.Version.class,
    description = "Prints the documentation of a check (Markdown): what it flags, why, bad and good"
        + " code, the fix, how to suppress it.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the page was printed", "2:no check of that name (the message lists them)"})
public final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "A check's name, as in diagnostics (case ignored).")
  String name;

  @Override
  public Integer call() {
    List<String> names = new ArrayList<>();
    for (CheckName check : CheckName.values()) {
      if (check.name().equalsIgnoreCase(name.trim())) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(CheckDocs.page(check));
        out.flush();
        return Jatomics.CLEAN;
      }
      names.add(check.name());
    }
    spec.commandLine().getErr().println(
        "jatomics explain: no check named '" + name + "' (checks: " + String.join(", ", names) + ")");
    return Jatomics.USAGE_OR_INPUT;
  }
}
