package org.jatomics.checker;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Message} into English: the one place every front end (Error Prone's diagnostics,
 * the reviewer's text, SARIF, rdjsonl and GitHub reports, the language server, the Maven plugin)
 * gets its wording from. Patterns follow SARIF 2.1.0's message-string syntax (§3.11.5), so a SARIF
 * consumer that fills a rule's {@code messageStrings} with a result's {@code arguments} gets the
 * same text.
 */
public final class MessageRenderer {
  private MessageRenderer() {}

  /** The message's text. */
  public static String text(Message message) {
    return format(message.template().text(), arguments(message));
  }

  /** The hint of a finding's message, {@code ""} when its template has none. */
  public static String hint(Message message) {
    String hint = message.template().hint();
    return hint == null ? "" : format(hint, arguments(message));
  }

  /**
   * The text and, when there is one, the hint after {@code separator} ({@code "\nFix: "}): what
   * reports that have one message string per finding show.
   */
  public static String withHint(Message message, String separator) {
    String hint = hint(message);
    return hint.isEmpty() ? text(message) : text(message) + separator + hint;
  }

  /**
   * The pattern {@link #withHint} renders for a finding template: a SARIF rule's {@code
   * messageStrings} entry, which the result's {@code arguments} fill in.
   */
  public static String patternWithHint(MessageTemplate template, String separator) {
    String escaped = separator.replace("{", "{{").replace("}", "}}");
    return template.hint() == null ? template.text() : template.text() + escaped + template.hint();
  }

  /** The arguments as text, parts rendered: what SARIF's {@code message.arguments} holds. */
  public static List<String> arguments(Message message) {
    List<String> out = new ArrayList<>(message.arguments().size());
    for (Object argument : message.arguments()) {
      out.add(argument instanceof Message part ? text(part) : (String) argument);
    }
    return out;
  }

  /**
   * {@code pattern} with {@code {n}} replaced by {@code arguments.get(n)} and {@code {{}/{@code }}}
   * by a literal brace, as SARIF specifies.
   *
   * @throws IllegalArgumentException for a placeholder without an argument or a lone brace
   */
  public static String format(String pattern, List<String> arguments) {
    StringBuilder out = new StringBuilder(pattern.length() + 64);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < pattern.length() && pattern.charAt(i + 1) == c) {
        out.append(c);
        i += 2;
      } else if (c == '{') {
        int close = pattern.indexOf('}', i);
        int index = close < 0 ? -1 : index(pattern.substring(i + 1, close));
        if (index < 0 || index >= arguments.size()) {
          throw new IllegalArgumentException("bad placeholder at " + i + " in: " + pattern);
        }
        out.append(arguments.get(index));
        i = close + 1;
      } else if (c == '}') {
        throw new IllegalArgumentException("lone } at " + i + " in: " + pattern);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int index(String digits) {
    if (digits.isEmpty() || digits.length() > 4) {
      return -1;
    }
    for (int k = 0; k < digits.length(); k++) {
      if (digits.charAt(k) < '0' || digits.charAt(k) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(digits);
  }
}
