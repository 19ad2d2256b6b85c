package org.jatomics.reviewer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jatomics.checker.CheckDocs;
import org.jatomics.checker.CheckName;
import org.jatomics.reviewer.Jatomics.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jatomics explain NAME}: prints a check's documentation page (what it flags, why it
 * matters, bad and good code, the fix, how to suppress it), from the jar; no network.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Jatomics.Version.class,
    description =
        "Prints the documentation of a check (Markdown), e.g. 'jatomics explain NonAtomicAccess'.")
public final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "A check's name (case does not matter).")
  String name;

  @Override
  public Integer call() {
    String page =
        CheckDocs.page(name)
            .orElseThrow(
                () -> {
                  List<String> names = new ArrayList<>();
                  for (CheckName check : CheckName.values()) {
                    names.add(check.name());
                  }
                  return new UsageException(
                      "no check named '"
                          + name.replaceAll("\\p{Cntrl}", "?")
                          + "' (checks: "
                          + String.join(", ", names)
                          + ")");
                });
    spec.commandLine().getOut().print(page.endsWith("\n") ? page : page + "\n");
    spec.commandLine().getOut().flush();
    return Jatomics.CLEAN;
  }
}
