package org.jatomics.checker;

import java.util.Locale;

/**
 * The English of every finding, hint, fix title and message part, in one place (as NullAway's
 * {@code MessageTypes}). A template is a pattern in SARIF's message-string syntax (SARIF 2.1.0
 * §3.11.5): {@code {0}}, {@code {1}}... are replaced by the arguments, {@code {{} and {@code }}}
 * stand for literal braces. A {@link Message} names a template and its arguments; {@link
 * MessageRenderer} turns it into text; SARIF reports carry the template's {@link #id()} and the
 * arguments next to the text.
 *
 * <p>Findings use {@link Kind#FINDING} templates (a message saying what is wrong and why, and a
 * hint saying what to write instead, over the same arguments); {@link Kind#PART} templates are
 * pieces of a finding's message passed as its arguments; {@link Kind#FIX} templates are fix titles.
 */
public enum MessageTemplate {
  // ---------------------------------------------------------------- NonAtomicAccess
  /** {0} the field, {1} the accessor call to use, {2} {@link #TEARING} or empty. */
  PLAIN_READ_OF_ATOMIC(
      CheckName.NonAtomicAccess,
      "`{0}` is @Atomic; this plain read races with atomic writers{2}; use {1}",
      "use the generated accessor: {1}"),
  /** {0} the field, {1} the accessor call to use, {2} {@link #TEARING} or empty. */
  PLAIN_WRITE_OF_ATOMIC(
      CheckName.NonAtomicAccess,
      "`{0}` is @Atomic; this plain write races with atomic readers and writers{2}; use {1}",
      "use the generated accessor: {1}"),
  /** {0} the field, {1} the accessor call (or loop) to use, {2} the operator. */
  PLAIN_UPDATE_OF_ATOMIC(
      CheckName.NonAtomicAccess,
      "`{0}` is @Atomic; `{2}` is a plain read followed by a plain write, so concurrent updates"
          + " are lost; use {1}",
      "use the generated accessor: {1}"),

  // ---------------------------------------------------------------- MixedAccessMode
  /**
   * {0} the field, {1} {@link #VIA_VAR_HANDLE}..., {2} the registration's line, {3} {@link
   * #READ_PLAINLY}, {@link #WRITTEN_PLAINLY} or {@link #UPDATED_NON_ATOMICALLY}, {4} {@link
   * #TEARING} or empty.
   */
  PLAIN_ACCESS_OF_REGISTERED(
      CheckName.MixedAccessMode,
      "`{0}` is accessed through {1} (line {2}) and also {3}; plain accesses of a field that other"
          + " threads update atomically are a data race: they may see stale values{4} and reorder"
          + " freely",
      "access it only atomically: declare it @Atomic and use the generated accessors, or go"
          + " through {1} here as well"),
  /**
   * {0} the field, {1} {@link #VIA_VAR_HANDLE}..., {2} the registration's line, {3} the operator.
   */
  VOLATILE_UPDATE_OF_REGISTERED(
      CheckName.MixedAccessMode,
      "`{0}` is accessed through {1} (line {2}) and also updated here with a non-atomic `{3}`; the"
          + " volatile read and the volatile write of `{3}` are two accesses, so a concurrent"
          + " atomic update between them is lost",
      "update it through {1} (getAndAdd, compareAndSet), or declare it @Atomic and use the"
          + " generated fetchAdd/cmpxchg accessors"),

  // ---------------------------------------------------------------- RelaxedDependentLoad
  /**
   * {0} {@link #LOAD_OF_FIELD}, {1} the ordering ({@link #ORDERING_WRITTEN}...), {2} the field, {3}
   * {@link #USE_ACQUIRE} or {@link #USE_GET_ACQUIRE}.
   */
  RELAXED_LOAD_OF_CONSUME(
      CheckName.RelaxedDependentLoad,
      "{0} is {1}, but `{2}` is @Consume: readers use its value to reach other memory, so a"
          + " RELAXED load may see that memory as it was before the writer published it",
      "{3}"),
  /** {0} {@link #LOAD_OF_FIELD} or {@link #THIS_LOAD}, {1} the ordering, {2} the hint. */
  RELAXED_LOAD_USED_AS_INDEX(
      CheckName.RelaxedDependentLoad,
      "{0} is {1}, but its value indexes an array, and the JMM has no dependency ordering: the"
          + " element read may be older than the index",
      "{2}"),
  /**
   * {0} {@link #LOAD_OF_FIELD} or {@link #THIS_LOAD}, {1} the ordering, {2} the dereference ({@link
   * #USE_FIELD_READ}...), {3} the hint.
   */
  RELAXED_LOAD_DEREFERENCED(
      CheckName.RelaxedDependentLoad,
      "{0} is {1}, but its value is then dereferenced ({2}), and the JMM has no dependency"
          + " ordering outside final fields: the dereference may see the object as it was before"
          + " it was published",
      "{3}"),

  // ---------------------------------------------------------------- MissingSafetyComment
  /** {0} the operation, {1} its contract. */
  UNSAFE_WITHOUT_SAFETY_COMMENT(
      CheckName.MissingSafetyComment,
      "`{0}` is an unsafe operation: its caller must guarantee that {1}; no // SAFETY: comment"
          + " says why that holds here",
      "write `// SAFETY: <why the contract holds here>` directly above the statement (or at the"
          + " end of its line)"),
  /** {0} the operation, {1} its contract, {2} {@link #WRAPPER_METHOD} or {@link #CONSTRUCTOR}. */
  UNSAFE_IN_WRAPPER_WITHOUT_CONTRACT(
      CheckName.MissingSafetyComment,
      "`{0}` is an unsafe operation: its caller must guarantee that {1}; no // SAFETY: comment"
          + " says why that holds here",
      "if {2} only passes the obligation on, state it with @SafetyContract on {2} (its callers"
          + " then justify each call); else write `// SAFETY: <why the contract holds here>` above"
          + " the statement"),

  // ---------------------------------------------------------------- MissingSafetyContract
  /** {0} the annotated element ({@link #METHOD}, {@link #CONSTRUCTOR_OF}, {@link #FIELD}). */
  BLANK_SAFETY_CONTRACT(
      CheckName.MissingSafetyContract,
      "the @SafetyContract of {0} is blank: callers cannot know what they must guarantee, and"
          + " their // SAFETY: comments have nothing to justify",
      "state the caller's obligation, e.g. @SafetyContract(\"the segment is alive and 8-byte"
          + " aligned\")"),
  /** {0} the method, {1} the class declaring the overridden method, {2} the inherited contract. */
  OVERRIDE_WITHOUT_CONTRACT(
      CheckName.MissingSafetyContract,
      "`{0}` overrides a method of `{1}` that has a @SafetyContract, but does not restate it:"
          + " readers of this implementation do not see what callers must guarantee (\"{2}\")",
      "restate the contract: @SafetyContract(\"{2}\")"),

  // ---------------------------------------------------------------- UnnecessarySafetyComment
  /** No arguments. */
  SAFETY_COMMENT_ON_SAFE_STATEMENT(
      CheckName.UnnecessarySafetyComment,
      "this // SAFETY: comment justifies nothing: the statement it is on contains no unsafe"
          + " operation; stale SAFETY comments teach readers to skip them",
      "remove it, or move it to the statement that performs the unsafe operation"),
  /** {0} the statement's keyword ({@code if}, {@code for}...). */
  SAFETY_COMMENT_ON_SAFE_HEADER(
      CheckName.UnnecessarySafetyComment,
      "this // SAFETY: comment justifies nothing: a comment above `{0}` covers only its header,"
          + " which contains no unsafe operation; stale SAFETY comments teach readers to skip them",
      "move it inside, above the statement that performs the unsafe operation"),

  // ---------------------------------------------------------------- any check
  /** {0} the check, {1} what failed. Reported by every check. */
  INTERNAL_FAILURE(
      null,
      "jatomics could not analyse this code for {0} (internal error: {1}); the check skipped it."
          + " Please report this with the code.",
      "report it to the jatomics maintainers with the code; @SuppressWarnings(\"{0}\") silences"
          + " it meanwhile"),

  // ---------------------------------------------------------------- parts of messages
  /** {0} the field type ({@code long}, {@code double}). */
  TEARING(" (a plain {0} access may even tear, JLS 17.7)"),
  /** A registration through {@code findVarHandle}. */
  VIA_VAR_HANDLE("a VarHandle"),
  /** A registration through {@code Atomic*FieldUpdater.newUpdater}. */
  VIA_FIELD_UPDATER("a field updater"),
  /** A registration through {@code Unsafe.objectFieldOffset}. */
  VIA_UNSAFE_OFFSET("an Unsafe field offset"),
  /** A registration through a method named in {@code Jatomics:VarHandleFactories}. */
  VIA_VAR_HANDLE_FACTORY("a VarHandle factory"),
  /** A registration through a method named in {@code Jatomics:FieldOffsetMethods}. */
  VIA_OFFSET_HELPER("a field-offset helper"),
  /** {0} the accessor class, {1} the capitalized field name. */
  CMPXCHG_LOOP("a {0}.cmpxchg{1}(...) loop"),
  /** A plain read of a registered field. */
  READ_PLAINLY("read plainly here"),
  /** A plain write of a registered field. */
  WRITTEN_PLAINLY("written plainly here"),
  /** {0} the operator. */
  UPDATED_NON_ATOMICALLY("updated here with a non-atomic `{0}`"),
  /** {0} the loaded field. */
  LOAD_OF_FIELD("the load of `{0}`"),
  /** A load of no known field. */
  THIS_LOAD("this load"),
  /** {0} the ordering as written ({@code RELAXED}, {@code Ordering.RELAXED}). */
  ORDERING_WRITTEN("`{0}`"),
  /** {@code VarHandle.get}. */
  ORDERING_PLAIN_GET("a plain VarHandle `get`"),
  /** {@code VarHandle.getOpaque}. */
  ORDERING_OPAQUE("`getOpaque` (relaxed)"),
  /** {0} the field read through the loaded reference. */
  USE_FIELD_READ("a read of its field `{0}`"),
  /** {0} the method called on the loaded reference. */
  USE_METHOD_CALL("a call of `{0}()`"),
  /** The loaded array's element is read. */
  USE_ARRAY_ELEMENT_READ("an array element read"),
  /** The loaded segment is the segment of a memory access. */
  USE_SEGMENT("a memory access through the loaded segment"),
  /** Any other use. */
  USE_OTHER("its use"),
  /** The hint for a generated accessor or {@code RawAtomics} load. */
  USE_ACQUIRE(
      "use ACQUIRE (or CONSUME, which documents the dependency) for a value you dereference"),
  /** The hint for a {@code VarHandle} load. */
  USE_GET_ACQUIRE("use getAcquire (or getVolatile) to load a value you dereference"),
  /** {0} the method. */
  METHOD("method `{0}`"),
  /** {0} the method, as a wrapper. */
  WRAPPER_METHOD("`{0}`"),
  /** A constructor, as a wrapper. */
  CONSTRUCTOR("the constructor"),
  /** {0} the class. */
  CONSTRUCTOR_OF("constructor of `{0}`"),
  /** {0} the field. */
  FIELD("field `{0}`"),

  // ---------------------------------------------------------------- fix titles
  /** Rewrites a plain access into an accessor call. */
  FIX_USE_ACCESSOR(Kind.FIX, "use the generated accessor"),
  /** Rewrites a compound update into a {@code cmpxchg} loop. */
  FIX_CMPXCHG_LOOP(Kind.FIX, "replace with a cmpxchg loop"),
  /** {@code RELAXED} becomes {@code ACQUIRE}. */
  FIX_USE_ACQUIRE(Kind.FIX, "use ACQUIRE"),
  /** {@code get}/{@code getOpaque} becomes {@code getAcquire}. */
  FIX_USE_GET_ACQUIRE(Kind.FIX, "use getAcquire"),
  /** Inserts a {@code // SAFETY: TODO} comment. */
  FIX_ADD_SAFETY_COMMENT(Kind.FIX, "add a SAFETY comment"),
  /** {0} {@link #WRAPPER_METHOD} or {@link #CONSTRUCTOR}. */
  FIX_ADD_SAFETY_CONTRACT(Kind.FIX, "add @SafetyContract to {0}"),
  /** Copies the inherited contract. */
  FIX_RESTATE_CONTRACT(Kind.FIX, "restate the inherited contract"),
  /** Deletes a stale SAFETY comment. */
  FIX_REMOVE_COMMENT(Kind.FIX, "remove the comment");

  /** What a template is for. */
  public enum Kind {
    /** A finding's message and hint. */
    FINDING,
    /** A piece of a finding's message, passed as an argument. */
    PART,
    /** A fix's title. */
    FIX
  }

  private final Kind kind;
  private final CheckName check;
  private final String text;
  private final String hint;
  private final int arity;

  MessageTemplate(CheckName check, String text, String hint) {
    this(Kind.FINDING, check, text, hint);
  }

  MessageTemplate(String text) {
    this(Kind.PART, null, text, null);
  }

  MessageTemplate(Kind kind, String text) {
    this(kind, null, text, null);
  }

  MessageTemplate(Kind kind, CheckName check, String text, String hint) {
    this.kind = kind;
    this.check = check;
    this.text = text;
    this.hint = hint;
    this.arity = Math.max(arity(text), hint == null ? 0 : arity(hint));
  }

  /** One more than the highest placeholder of {@code pattern} (SARIF syntax). */
  private static int arity(String pattern) {
    int max = 0;
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.startsWith("{{", i)) {
        i++;
      } else if (pattern.charAt(i) == '{') {
        int close = pattern.indexOf('}', i);
        max = Math.max(max, Integer.parseInt(pattern.substring(i + 1, close)) + 1);
        i = close;
      }
    }
    return max;
  }

  /** What the template is for. */
  public Kind kind() {
    return kind;
  }

  /**
   * The check whose findings use it ({@link Kind#FINDING} only), {@code null} for templates every
   * check may use ({@link #INTERNAL_FAILURE}) and for parts and fix titles.
   */
  public CheckName check() {
    return check;
  }

  /** Whether findings of {@code c} may use it. */
  public boolean usedBy(CheckName c) {
    return kind == Kind.FINDING && (check == null || check == c);
  }

  /**
   * The stable identifier reports use ({@code plainReadOfAtomic}): SARIF's {@code message.id} and
   * the key of the rule's {@code messageStrings}.
   */
  public String id() {
    String name = name().toLowerCase(Locale.ROOT);
    StringBuilder id = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' && i + 1 < name.length()) {
        id.append(Character.toUpperCase(name.charAt(++i)));
      } else {
        id.append(c);
      }
    }
    return id.toString();
  }

  /** The message's pattern (for {@link Kind#FINDING}: what is wrong and why). */
  public String text() {
    return text;
  }

  /**
   * The hint's pattern, over the same arguments: what to write instead; {@code null} but for {@link
   * Kind#FINDING}.
   */
  public String hint() {
    return hint;
  }

  /** How many arguments the template takes. */
  public int arity() {
    return arity;
  }
}
