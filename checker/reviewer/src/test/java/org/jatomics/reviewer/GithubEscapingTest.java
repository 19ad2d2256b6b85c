package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.jatomics.checker.Message;
import org.jatomics.checker.MessageTemplate;
import org.jatomics.checker.Severity;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.FileProblem;
import org.jatomics.reviewer.report.GithubReporter;
import org.jatomics.reviewer.report.Report;
import org.junit.jupiter.api.Test;

/** GitHub workflow commands escape %, CR and LF in messages, and also : and , in properties. */
class GithubEscapingTest {
  @Test
  void escapesDataAndProperties() throws IOException {
    Diagnostic d =
        new Diagnostic(
            "src/a,b:c%d.java",
            "NonAtomicAccess",
            Severity.ERROR,
            3,
            7,
            3,
            11,
            Message.of(
                MessageTemplate.OVERRIDE_WITHOUT_CONTRACT, "m", "A", "100% sure: a, b\r\nnext"),
            null,
            Map.of());
    Report report = new Report(List.of(d), List.of(), List.of(), 1);
    StringWriter out = new StringWriter();
    new GithubReporter().write(report, out);
    assertEquals(
        "::error file=src/a%2Cb%3Ac%25d.java,line=3,col=7,endLine=3,endColumn=11,title=[NonAtomicAccess]"
            + "::`m` overrides a method of `A` that has a @SafetyContract, but does not restate it:"
            + " readers of this implementation do not see what callers must guarantee"
            + " (\"100%25 sure: a, b%0D%0Anext\")"
            + "%0AFix: restate the contract: @SafetyContract(\"100%25 sure: a, b%0D%0Anext\")\n",
        out.toString());
  }

  @Test
  void warningsAndUnreadableFiles() throws IOException {
    Diagnostic d =
        new Diagnostic(
            "A.java",
            "MixedAccessMode",
            Severity.WARNING,
            1,
            1,
            1,
            2,
            Message.of(MessageTemplate.SAFETY_COMMENT_ON_SAFE_STATEMENT),
            null,
            Map.of());
    FileProblem problem = new FileProblem("B,1.java", 2, 5, "Parse error. Found \"}\"");
    StringWriter out = new StringWriter();
    new GithubReporter().write(new Report(List.of(d), List.of(problem), List.of(), 2), out);
    assertEquals(
        "::error file=B%2C1.java,line=2,col=5,title=jatomics%3A could not be analysed::Parse error. Found \"}\"\n"
            + "::warning file=A.java,line=1,col=1,endLine=1,endColumn=2,title=[MixedAccessMode]::"
            + "this // SAFETY: comment justifies nothing: the statement it is on contains no unsafe"
            + " operation; stale SAFETY comments teach readers to skip them%0AFix: remove it, or"
            + " move it to the statement that performs the unsafe operation\n",
        out.toString());
  }
}
