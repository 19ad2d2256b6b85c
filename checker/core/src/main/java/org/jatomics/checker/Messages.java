package org.jatomics.checker;

import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.OrderedLoad;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.ValueUse;

/**
 * Every message and hint the checks produce, in one place (as NullAway's {@code ErrorMessage}), so
 * wording stays consistent across checks and front ends. A message says what is wrong and why; a
 * hint says what to write instead.
 */
public final class Messages {
  private Messages() {}

  /**
   * A message and the hint under it.
   *
   * @param text what is wrong
   * @param hint what to write instead
   */
  public record Message(String text, String hint) {}

  private static String code(String s) {
    return "`" + s + "`";
  }

  private static String tearing(FieldRef field) {
    return field.type().kind().mayTear() && !field.isVolatile()
        ? " (a plain "
            + field.type().kind().name().toLowerCase(java.util.Locale.ROOT)
            + " access may even tear, JLS 17.7)"
        : "";
  }

  /**
   * NonAtomicAccess: a plain access of an {@code @Atomic} field; {@code instead} is the accessor
   * call to use.
   */
  public static Message nonAtomicAccess(FieldAccess access, String instead) {
    FieldRef f = access.field();
    String what =
        switch (access.kind()) {
          case READ -> "this plain read races with atomic writers" + tearing(f);
          case WRITE -> "this plain write races with atomic readers and writers" + tearing(f);
          case COMPOUND ->
              code(access.update().operator())
                  + " is a plain read followed by a plain write, so concurrent updates are lost";
        };
    return new Message(
        code(f.name()) + " is @Atomic; " + what + "; use " + instead,
        "use the generated accessor: " + instead);
  }

  /**
   * NonAtomicAccess, once per field: code another processor generated into the user's class
   * accesses an {@code @Atomic} field plainly.
   *
   * @param field the field
   * @param generators the annotations the code was generated from, as written ({@code @ToString})
   * @param lombok whether they are Lombok's
   * @param exclusions annotations that take the field out of the generated code
   *     ({@code @ToString.Exclude}), empty if none does
   * @param handWritten the generated members to write by hand instead ({@code "getter"}), with the
   *     accessors: Lombok generates no member the class already declares
   * @param noWayOut annotations whose code cannot leave the field out, empty if none
   */
  public static Message generatedAccess(
      FieldRef field,
      java.util.List<String> generators,
      boolean lombok,
      java.util.List<String> exclusions,
      java.util.List<String> handWritten,
      java.util.List<String> noWayOut) {
    String from = String.join(" and ", generators);
    java.util.List<String> ways = new java.util.ArrayList<>();
    if (!exclusions.isEmpty()) {
      ways.add("exclude the field: " + String.join(" ", exclusions));
    }
    if (!handWritten.isEmpty()) {
      ways.add(
          "write its "
              + String.join(" and ", handWritten)
              + " yourself with the generated accessors ("
              + (lombok ? "Lombok" : "the generator")
              + " then generates none)");
    }
    if (!noWayOut.isEmpty()) {
      ways.add("do not use " + String.join(" or ", noWayOut) + " on a class with @Atomic fields");
    }
    return new Message(
        code(field.name())
            + " is @Atomic, but the code "
            + (lombok ? "Lombok generates for " : "generated for ")
            + from
            + " accesses it plainly, racing with its atomic accesses; that code cannot be edited,"
            + " so the finding is reported on the field",
        String.join("; ", ways));
  }

  /** MixedAccessMode: a plain access of a field that is also accessed atomically. */
  public static Message mixedAccessMode(
      FieldAccess access, KnownApis.Registration registration, int registrationLine) {
    FieldRef f = access.field();
    String plain =
        switch (access.kind()) {
          case READ -> "read plainly here";
          case WRITE -> "written plainly here";
          case COMPOUND -> "updated here with a non-atomic " + code(access.update().operator());
        };
    String why =
        f.isVolatile()
            ? "the volatile read and the volatile write of "
                + code(access.update() == null ? "op" : access.update().operator())
                + " are two accesses, so a concurrent atomic update between them is lost"
            : "plain accesses of a field that other threads update atomically are a data race:"
                + " they may see stale values"
                + tearing(f)
                + " and reorder freely";
    return new Message(
        code(f.name())
            + " is accessed through "
            + registration.description()
            + " (line "
            + registrationLine
            + ") and also "
            + plain
            + "; "
            + why,
        f.isVolatile()
            ? "update it through "
                + registration.description()
                + " (getAndAdd, compareAndSet), or"
                + " declare it @Atomic and use the generated fetchAdd/cmpxchg accessors"
            : "access it only atomically: declare it @Atomic and use the generated accessors, or go"
                + " through "
                + registration.description()
                + " here as well");
  }

  /** RelaxedDependentLoad: a relaxed load whose value needs dependency ordering. */
  public static Message relaxedDependentLoad(OrderedLoad load, ValueUse use, String orderingText) {
    String subject =
        load.field() == null ? "this load" : "the load of " + code(load.field().name());
    String reason;
    if (load.field() != null && load.field().consume() && use == null) {
      reason =
          code(load.field().name())
              + " is @Consume: readers use its value to reach other memory, so a RELAXED load"
              + " may see that memory as it was before the writer published it";
    } else if (use != null && use.kind() == ValueUse.Kind.ARRAY_INDEX) {
      reason =
          "its value indexes an array, and the JMM has no dependency ordering: the element read"
              + " may be older than the index";
    } else {
      reason =
          "its value is then dereferenced ("
              + describe(use)
              + "), and the JMM has no dependency ordering outside final fields: the"
              + " dereference may see the object as it was before it was published";
    }
    return new Message(
        subject + " is " + orderingText + ", but " + reason,
        load.api() == OrderedLoad.Api.VAR_HANDLE
            ? "use getAcquire (or getVolatile) to load a value you dereference"
            : "use ACQUIRE (or CONSUME, which documents the dependency) for a value you dereference");
  }

  private static String describe(ValueUse use) {
    if (use == null) {
      return "its use";
    }
    return switch (use.kind()) {
      case NON_FINAL_FIELD_READ -> "a read of its field " + code(use.name());
      case METHOD_CALL -> "a call of " + code(use.name() + "()");
      case ARRAY_ELEMENT_READ -> "an array element read";
      case SEGMENT_OF_MEMORY_ACCESS -> "a memory access through the loaded segment";
      default -> "its use";
    };
  }

  /** MissingSafetyComment: an unsafe operation nobody justified. */
  public static Message missingSafetyComment(String operation, String contract) {
    return new Message(
        code(operation)
            + " is an unsafe operation: its caller must guarantee that "
            + contract
            + "; no // SAFETY: comment says why that holds here",
        "write `// SAFETY: <why the contract holds here>` directly above the statement (or at the"
            + " end of its line)");
  }

  /**
   * MissingSafetyComment in a thin wrapper without a contract (a method or constructor whose body
   * is the one statement around the operation).
   */
  public static Message missingSafetyCommentInWrapper(
      String operation, String contract, String wrapper) {
    return new Message(
        missingSafetyComment(operation, contract).text(),
        "if "
            + wrapper
            + " only passes the obligation on, state it with @SafetyContract on "
            + wrapper
            + " (its callers then justify each call); else write `// SAFETY: <why the"
            + " contract holds here>` above the statement");
  }

  /**
   * The text of the {@code @SafetyContract} the MissingSafetyComment fix adds to a thin wrapper.
   */
  public static String safetyContractTemplate(String contract) {
    return "TODO state what callers must guarantee, e.g. that " + contract;
  }

  /** The text of the comment the MissingSafetyComment fix inserts. */
  public static String safetyCommentTemplate(String contract) {
    return "// SAFETY: TODO justify that " + contract;
  }

  /** MissingSafetyContract: a blank {@code @SafetyContract}. */
  public static Message blankSafetyContract(String element) {
    return new Message(
        "the @SafetyContract of "
            + element
            + " is blank: callers cannot know what they must"
            + " guarantee, and their // SAFETY: comments have nothing to justify",
        "state the caller's obligation, e.g. @SafetyContract(\"the segment is alive and 8-byte"
            + " aligned\")");
  }

  /** MissingSafetyContract: an override that drops the inherited contract. */
  public static Message overrideWithoutContract(
      String method, String overriddenOwner, String inheritedContract) {
    return new Message(
        code(method)
            + " overrides a method of "
            + code(overriddenOwner)
            + " that has a @SafetyContract, but does not restate it: readers of this"
            + " implementation do not see what callers must guarantee (\""
            + inheritedContract
            + "\")",
        "restate the contract: @SafetyContract(\"" + inheritedContract + "\")");
  }

  /** UnnecessarySafetyComment: a SAFETY comment that justifies nothing. */
  public static Message unnecessarySafetyComment(StatementRegion.Kind attachedTo) {
    String where =
        !attachedTo.hasHeader()
            ? "the statement it is on contains no unsafe operation"
            : "a comment above "
                + code(attachedTo.keyword())
                + " covers only its header, which contains no unsafe operation";
    return new Message(
        "this // SAFETY: comment justifies nothing: "
            + where
            + "; stale SAFETY comments teach readers to skip them",
        !attachedTo.hasHeader()
            ? "remove it, or move it to the statement that performs the unsafe operation"
            : "move it inside, above the statement that performs the unsafe operation");
  }

  /** Any check: the front end or a rule failed on a piece of code. */
  public static Message internalFailure(CheckName check, String detail) {
    return new Message(
        "jatomics could not analyse this code for "
            + check.name()
            + " (internal error: "
            + detail
            + "); the check skipped it. Please report this with the code.",
        "report it to the jatomics maintainers with the code; @SuppressWarnings(\""
            + check.name()
            + "\") silences it meanwhile");
  }
}
