package org.jatomics.checker.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.jatomics.checker.Applicability;
import org.jatomics.checker.Fix;
import org.jatomics.checker.KnownApis;
import org.jatomics.checker.Message;
import org.jatomics.checker.MessageTemplate;
import org.jatomics.checker.Messages;
import org.jatomics.checker.TextEdit;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.FieldType;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.SourceText;

/**
 * Rewrites a plain access of an {@code @Atomic} field into the generated accessor call: a read into
 * {@code loadX(obj, ACQUIRE)}, a write into {@code storeX(obj, v, RELEASE)}, {@code ++}, {@code
 * --}, {@code +=}, {@code -=} of an int or long into {@code fetchAddX(obj, d, FULL)} (plus {@code
 * d} where the new value is used: {@code int y = ++x;}), any other compound update statement into a
 * {@code cmpxchgX} loop.
 */
final class AccessorFixes {
  private static final String ORDERING_PREFIX = KnownApis.ORDERING + ".";
  private static final Pattern SIMPLE_EXPRESSION = Pattern.compile("[\\p{L}\\p{N}_$.]+");

  private AccessorFixes() {}

  /**
   * What to write instead of the access.
   *
   * @param message the NonAtomicAccess message naming the accessor call (or the cmpxchg loop)
   * @param fix the mechanical rewrite, or {@code null} where it would change the meaning
   */
  record Suggestion(Message message, Fix fix) {}

  static Suggestion suggest(FieldAccess access, String unitPackage, SourceText source) {
    FieldRef field = access.field();
    String accessors =
        field.ownerPackage().equals(unitPackage)
            ? field.accessorClassSimpleName()
            : field.ownerPackage() + "." + field.accessorClassSimpleName();
    String obj = field.isStatic() ? "" : access.receiverText() + ", ";
    String name = field.capitalizedName();
    FieldAccess.Update update = access.update();
    switch (access.kind()) {
      case READ -> {
        String call = accessors + ".load" + name + "(" + obj + "ACQUIRE)";
        return new Suggestion(
            Messages.nonAtomicAccess(access, call), rewrite(access.range(), call, "ACQUIRE"));
      }
      case WRITE -> {
        String value = update.valueText();
        String call = accessors + ".store" + name + "(" + obj + value + ", RELEASE)";
        String shown = accessors + ".store" + name + "(" + obj + shorten(value) + ", RELEASE)";
        return new Suggestion(
            Messages.nonAtomicAccess(access, shown),
            update.valueUsed() ? null : rewrite(update.range(), call, "RELEASE"));
      }
      default -> {
        return compound(access, accessors, obj, name, source);
      }
    }
  }

  private static Suggestion compound(
      FieldAccess access, String accessors, String obj, String name, SourceText source) {
    FieldRef field = access.field();
    FieldAccess.Update update = access.update();
    String op = update.operator();
    String delta = delta(op, update.valueText());
    if (delta != null && field.type().kind().hasFetchAdd()) {
      String call = accessors + ".fetchAdd" + name + "(" + obj + delta + ", FULL)";
      boolean increment = op.equals("++") || op.equals("--");
      if (!update.valueUsed() || (!update.prefix() && increment)) {
        return new Suggestion(
            Messages.nonAtomicAccess(access, call), rewrite(update.range(), call, "FULL"));
      }
      // The update's value is the new value (++x, x += d); fetchAdd returns the old one.
      String operand = increment ? "1" : update.valueText();
      boolean simple = SIMPLE_EXPRESSION.matcher(operand).matches();
      String sign = op.startsWith("+") ? " + " : " - ";
      String newValue = "(" + call + sign + (simple ? operand : "(" + operand + ")") + ")";
      return new Suggestion(
          Messages.nonAtomicAccess(access, newValue),
          simple ? rewrite(update.range(), newValue, "FULL") : null);
    }
    Message loopName = Messages.nonAtomicAccessNeedingLoop(access, accessors, name);
    SourceRange statement = expressionStatement(update.range(), source);
    boolean simpleReceiver =
        field.isStatic() || SIMPLE_EXPRESSION.matcher(access.receiverText()).matches();
    if (statement == null || update.valueUsed() || !simpleReceiver) {
      return new Suggestion(loopName, null);
    }
    String prev = "prev" + name;
    String witness = "witness" + name;
    String operation = arithmetic(op, update.valueText());
    String next = "(" + field.type().text() + ") (" + prev + " " + operation + ")";
    String loop =
        "{ var "
            + prev
            + " = "
            + accessors
            + ".load"
            + name
            + "("
            + obj
            + "RELAXED);"
            + " while (true) { var "
            + witness
            + " = "
            + accessors
            + ".cmpxchg"
            + name
            + "("
            + obj
            + prev
            + ", "
            + next
            + ", FULL); if ("
            + same(field.type().kind(), witness, prev)
            + ") { break; } "
            + prev
            + " = "
            + witness
            + "; } }";
    return new Suggestion(
        loopName,
        new Fix(
            Message.of(MessageTemplate.FIX_CMPXCHG_LOOP),
            Applicability.NEEDS_REVIEW,
            List.of(new TextEdit(statement, loop)),
            List.of(),
            List.of(ORDERING_PREFIX + "RELAXED", ORDERING_PREFIX + "FULL")));
  }

  /** The fetchAdd delta for {@code ++ -- += -=}, else {@code null}. */
  private static String delta(String op, String value) {
    return switch (op) {
      case "++" -> "1";
      case "--" -> "-1";
      case "+=" -> value;
      case "-=" -> SIMPLE_EXPRESSION.matcher(value).matches() ? "-" + value : "-(" + value + ")";
      default -> null;
    };
  }

  /** {@code + 1}, {@code * (v)}: the arithmetic of a compound operator applied to the old value. */
  private static String arithmetic(String op, String value) {
    return switch (op) {
      case "++" -> "+ 1";
      case "--" -> "- 1";
      default -> op.substring(0, op.length() - 1) + " (" + value + ")";
    };
  }

  /**
   * How the cmpxchg loop tests success: bitwise for float and double, as the VarHandle compares.
   */
  private static String same(FieldType.Kind kind, String witness, String prev) {
    return switch (kind) {
      case DOUBLE ->
          "Double.doubleToRawLongBits(" + witness + ") == Double.doubleToRawLongBits(" + prev + ")";
      case FLOAT ->
          "Float.floatToRawIntBits(" + witness + ") == Float.floatToRawIntBits(" + prev + ")";
      default -> witness + " == " + prev;
    };
  }

  /** The expression plus its {@code ;} when it is an expression statement, else {@code null}. */
  private static SourceRange expressionStatement(SourceRange expression, SourceText source) {
    String text = source.text();
    int i = expression.end();
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == ';'
        ? new SourceRange(expression.start(), i + 1)
        : null;
  }

  private static Fix rewrite(SourceRange range, String call, String ordering) {
    return Fix.of(
        Message.of(MessageTemplate.FIX_USE_ACCESSOR),
        Applicability.MACHINE_APPLICABLE,
        new TextEdit(range, call),
        ORDERING_PREFIX + ordering);
  }

  private static String shorten(String value) {
    return value.length() <= 30 && !value.contains("\n") ? value : "value";
  }
}
