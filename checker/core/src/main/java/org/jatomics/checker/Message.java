package org.jatomics.checker;

import java.util.ArrayList;
import java.util.List;

/**
 * A message as data: a {@link MessageTemplate} and its arguments. An argument is a {@link String}
 * (a name, an operator, code as written: never English) or another {@code Message} (a {@link
 * MessageTemplate.Kind#PART} of the sentence). {@link MessageRenderer} makes the text.
 *
 * @param template the template
 * @param arguments one per placeholder of the template, each a {@code String} or a {@code Message}
 */
public record Message(MessageTemplate template, List<Object> arguments) {

  /** Checks the arguments against the template and copies them. */
  public Message {
    if (arguments.size() != template.arity()) {
      throw new IllegalArgumentException(
          template + " takes " + template.arity() + " arguments, not " + arguments.size());
    }
    for (Object argument : arguments) {
      if (!(argument instanceof String) && !(argument instanceof Message)) {
        throw new IllegalArgumentException(
            template + ": an argument is a String or a Message, not " + argument);
      }
    }
    arguments = List.copyOf(arguments);
  }

  /**
   * {@code template} with {@code arguments}; numbers are written as {@link String#valueOf(int)}
   * writes them.
   */
  public static Message of(MessageTemplate template, Object... arguments) {
    List<Object> list = new ArrayList<>(arguments.length);
    for (Object argument : arguments) {
      list.add(argument instanceof Integer i ? String.valueOf(i) : argument);
    }
    return new Message(template, list);
  }

  /** The English text (for findings: what is wrong). */
  public String text() {
    return MessageRenderer.text(this);
  }

  /** The English hint of a finding (what to write instead), {@code ""} for other messages. */
  public String hint() {
    return MessageRenderer.hint(this);
  }
}
