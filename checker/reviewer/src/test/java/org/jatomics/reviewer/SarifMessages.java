package org.jatomics.reviewer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a SARIF message string with a result's arguments as a SARIF consumer does (SARIF 2.1.0
 * §3.11.5: {@code {n}} is argument n, {@code {{}/{@code }}} a literal brace), written apart from
 * the reporter so that the test does not check the code against itself.
 */
public final class SarifMessages {
  private static final Pattern TOKEN = Pattern.compile("\\{\\{|}}|\\{(\\d+)}");

  private SarifMessages() {}

  /** {@code pattern} filled with {@code arguments}. */
  public static String fill(String pattern, List<String> arguments) {
    Matcher m = TOKEN.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String token = m.group();
      String replacement =
          token.equals("{{")
              ? "{"
              : token.equals("}}") ? "}" : arguments.get(Integer.parseInt(m.group(1)));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
