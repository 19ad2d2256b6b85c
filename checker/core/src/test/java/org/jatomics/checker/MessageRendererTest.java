package org.jatomics.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The English of every template, rendered with typical arguments: the wording users see, pinned per
 * template (a new template does not compile here until it has its case).
 */
class MessageRendererTest {

  /** A template's arguments and the text and hint they render to. */
  private record Case(List<Object> arguments, String text, String hint) {
    static Case of(String text, String hint, Object... arguments) {
      return new Case(List.of(arguments), text, hint);
    }
  }

  private static final Message TEAR = Message.of(MessageTemplate.TEARING, "long");

  private static Case example(MessageTemplate template) {
    return switch (template) {
      case PLAIN_READ_OF_ATOMIC ->
          Case.of(
              "`count` is @Atomic; this plain read races with atomic writers (a plain long access"
                  + " may even tear, JLS 17.7); use AAtomics.loadCount(this, ACQUIRE)",
              "use the generated accessor: AAtomics.loadCount(this, ACQUIRE)",
              "count",
              "AAtomics.loadCount(this, ACQUIRE)",
              TEAR);
      case PLAIN_WRITE_OF_ATOMIC ->
          Case.of(
              "`count` is @Atomic; this plain write races with atomic readers and writers; use"
                  + " AAtomics.storeCount(this, 1, RELEASE)",
              "use the generated accessor: AAtomics.storeCount(this, 1, RELEASE)",
              "count",
              "AAtomics.storeCount(this, 1, RELEASE)",
              "");
      case PLAIN_UPDATE_OF_ATOMIC ->
          Case.of(
              "`total` is @Atomic; `*=` is a plain read followed by a plain write, so concurrent"
                  + " updates are lost; use a AAtomics.cmpxchgTotal(...) loop",
              "use the generated accessor: a AAtomics.cmpxchgTotal(...) loop",
              "total",
              Message.of(MessageTemplate.CMPXCHG_LOOP, "AAtomics", "Total"),
              "*=");
      case PLAIN_ACCESS_OF_REGISTERED ->
          Case.of(
              "`n` is accessed through a VarHandle (line 7) and also updated here with a"
                  + " non-atomic `++`; plain accesses of a field that other threads update"
                  + " atomically are a data race: they may see stale values (a plain long access"
                  + " may even tear, JLS 17.7) and reorder freely",
              "access it only atomically: declare it @Atomic and use the generated accessors, or"
                  + " go through a VarHandle here as well",
              "n",
              Message.of(MessageTemplate.VIA_VAR_HANDLE),
              "7",
              Message.of(MessageTemplate.UPDATED_NON_ATOMICALLY, "++"),
              TEAR);
      case VOLATILE_UPDATE_OF_REGISTERED ->
          Case.of(
              "`n` is accessed through a field updater (line 3) and also updated here with a"
                  + " non-atomic `+=`; the volatile read and the volatile write of `+=` are two"
                  + " accesses, so a concurrent atomic update between them is lost",
              "update it through a field updater (getAndAdd, compareAndSet), or declare it @Atomic"
                  + " and use the generated fetchAdd/cmpxchg accessors",
              "n",
              Message.of(MessageTemplate.VIA_FIELD_UPDATER),
              "3",
              "+=");
      case RELAXED_LOAD_OF_CONSUME ->
          Case.of(
              "the load of `head` is `RELAXED`, but `head` is @Consume: readers use its value to"
                  + " reach other memory, so a RELAXED load may see that memory as it was before"
                  + " the writer published it",
              "use ACQUIRE (or CONSUME, which documents the dependency) for a value you"
                  + " dereference",
              Message.of(MessageTemplate.LOAD_OF_FIELD, "head"),
              Message.of(MessageTemplate.ORDERING_WRITTEN, "RELAXED"),
              "head",
              Message.of(MessageTemplate.USE_ACQUIRE));
      case RELAXED_LOAD_USED_AS_INDEX ->
          Case.of(
              "the load of `tail` is `Ordering.RELAXED`, but its value indexes an array, and the"
                  + " JMM has no dependency ordering: the element read may be older than the index",
              "use ACQUIRE (or CONSUME, which documents the dependency) for a value you"
                  + " dereference",
              Message.of(MessageTemplate.LOAD_OF_FIELD, "tail"),
              Message.of(MessageTemplate.ORDERING_WRITTEN, "Ordering.RELAXED"),
              Message.of(MessageTemplate.USE_ACQUIRE));
      case RELAXED_LOAD_DEREFERENCED ->
          Case.of(
              "this load is `getOpaque` (relaxed), but its value is then dereferenced (a read of"
                  + " its field `next`), and the JMM has no dependency ordering outside final"
                  + " fields: the dereference may see the object as it was before it was published",
              "use getAcquire (or getVolatile) to load a value you dereference",
              Message.of(MessageTemplate.THIS_LOAD),
              Message.of(MessageTemplate.ORDERING_OPAQUE),
              Message.of(MessageTemplate.USE_FIELD_READ, "next"),
              Message.of(MessageTemplate.USE_GET_ACQUIRE));
      case UNSAFE_WITHOUT_SAFETY_COMMENT ->
          Case.of(
              "`MemorySegment.reinterpret` is an unsafe operation: its caller must guarantee that"
                  + " the new size is within the memory; no // SAFETY: comment says why that holds"
                  + " here",
              "write `// SAFETY: <why the contract holds here>` directly above the statement (or at"
                  + " the end of its line)",
              "MemorySegment.reinterpret",
              "the new size is within the memory");
      case UNSAFE_IN_WRAPPER_WITHOUT_CONTRACT ->
          Case.of(
              "`A.op` is an unsafe operation: its caller must guarantee that x holds; no //"
                  + " SAFETY: comment says why that holds here",
              "if `read` only passes the obligation on, state it with @SafetyContract on `read`"
                  + " (its callers then justify each call); else write `// SAFETY: <why the"
                  + " contract holds here>` above the statement",
              "A.op",
              "x holds",
              Message.of(MessageTemplate.WRAPPER_METHOD, "read"));
      case BLANK_SAFETY_CONTRACT ->
          Case.of(
              "the @SafetyContract of constructor of `Buffer` is blank: callers cannot know what"
                  + " they must guarantee, and their // SAFETY: comments have nothing to justify",
              "state the caller's obligation, e.g. @SafetyContract(\"the segment is alive and"
                  + " 8-byte aligned\")",
              Message.of(MessageTemplate.CONSTRUCTOR_OF, "Buffer"));
      case OVERRIDE_WITHOUT_CONTRACT ->
          Case.of(
              "`read` overrides a method of `p.Base` that has a @SafetyContract, but does not"
                  + " restate it: readers of this implementation do not see what callers must"
                  + " guarantee (\"the address is mapped\")",
              "restate the contract: @SafetyContract(\"the address is mapped\")",
              "read",
              "p.Base",
              "the address is mapped");
      case SAFETY_COMMENT_ON_SAFE_STATEMENT ->
          Case.of(
              "this // SAFETY: comment justifies nothing: the statement it is on contains no"
                  + " unsafe operation; stale SAFETY comments teach readers to skip them",
              "remove it, or move it to the statement that performs the unsafe operation");
      case SAFETY_COMMENT_ON_SAFE_HEADER ->
          Case.of(
              "this // SAFETY: comment justifies nothing: a comment above `for` covers only its"
                  + " header, which contains no unsafe operation; stale SAFETY comments teach"
                  + " readers to skip them",
              "move it inside, above the statement that performs the unsafe operation",
              "for");
      case INTERNAL_FAILURE ->
          Case.of(
              "jatomics could not analyse this code for NonAtomicAccess (internal error:"
                  + " IllegalStateException: boom); the check skipped it. Please report this with"
                  + " the code.",
              "report it to the jatomics maintainers with the code;"
                  + " @SuppressWarnings(\"NonAtomicAccess\") silences it meanwhile",
              "NonAtomicAccess",
              "IllegalStateException: boom");
      case TEARING -> Case.of(" (a plain double access may even tear, JLS 17.7)", "", "double");
      case VIA_VAR_HANDLE -> Case.of("a VarHandle", "");
      case VIA_FIELD_UPDATER -> Case.of("a field updater", "");
      case VIA_UNSAFE_OFFSET -> Case.of("an Unsafe field offset", "");
      case VIA_VAR_HANDLE_FACTORY -> Case.of("a VarHandle factory", "");
      case VIA_OFFSET_HELPER -> Case.of("a field-offset helper", "");
      case CMPXCHG_LOOP -> Case.of("a QAtomics.cmpxchgN(...) loop", "", "QAtomics", "N");
      case READ_PLAINLY -> Case.of("read plainly here", "");
      case WRITTEN_PLAINLY -> Case.of("written plainly here", "");
      case UPDATED_NON_ATOMICALLY -> Case.of("updated here with a non-atomic `--`", "", "--");
      case LOAD_OF_FIELD -> Case.of("the load of `next`", "", "next");
      case THIS_LOAD -> Case.of("this load", "");
      case ORDERING_WRITTEN -> Case.of("`RELAXED`", "", "RELAXED");
      case ORDERING_PLAIN_GET -> Case.of("a plain VarHandle `get`", "");
      case ORDERING_OPAQUE -> Case.of("`getOpaque` (relaxed)", "");
      case USE_FIELD_READ -> Case.of("a read of its field `value`", "", "value");
      case USE_METHOD_CALL -> Case.of("a call of `size()`", "", "size");
      case USE_ARRAY_ELEMENT_READ -> Case.of("an array element read", "");
      case USE_SEGMENT -> Case.of("a memory access through the loaded segment", "");
      case USE_OTHER -> Case.of("its use", "");
      case USE_ACQUIRE ->
          Case.of(
              "use ACQUIRE (or CONSUME, which documents the dependency) for a value you"
                  + " dereference",
              "");
      case USE_GET_ACQUIRE ->
          Case.of("use getAcquire (or getVolatile) to load a value you dereference", "");
      case METHOD -> Case.of("method `read`", "", "read");
      case WRAPPER_METHOD -> Case.of("`read`", "", "read");
      case CONSTRUCTOR -> Case.of("the constructor", "");
      case CONSTRUCTOR_OF -> Case.of("constructor of `Buffer`", "", "Buffer");
      case FIELD -> Case.of("field `base`", "", "base");
      case FIX_USE_ACCESSOR -> Case.of("use the generated accessor", "");
      case FIX_CMPXCHG_LOOP -> Case.of("replace with a cmpxchg loop", "");
      case FIX_USE_ACQUIRE -> Case.of("use ACQUIRE", "");
      case FIX_USE_GET_ACQUIRE -> Case.of("use getAcquire", "");
      case FIX_ADD_SAFETY_COMMENT -> Case.of("add a SAFETY comment", "");
      case FIX_ADD_SAFETY_CONTRACT ->
          Case.of(
              "add @SafetyContract to the constructor",
              "",
              Message.of(MessageTemplate.CONSTRUCTOR));
      case FIX_RESTATE_CONTRACT -> Case.of("restate the inherited contract", "");
      case FIX_REMOVE_COMMENT -> Case.of("remove the comment", "");
    };
  }

  @ParameterizedTest
  @EnumSource(MessageTemplate.class)
  void rendersEachTemplate(MessageTemplate template) {
    Case c = example(template);
    Message message = new Message(template, c.arguments());
    assertEquals(c.text(), MessageRenderer.text(message));
    assertEquals(c.hint(), MessageRenderer.hint(message));
    // What SARIF carries: the message string with the rendered arguments gives the same text.
    assertEquals(
        MessageRenderer.withHint(message, " Fix: "),
        MessageRenderer.format(
            MessageRenderer.patternWithHint(template, " Fix: "),
            MessageRenderer.arguments(message)));
  }

  @ParameterizedTest
  @EnumSource(MessageTemplate.class)
  void findingTemplatesBelongToAFindingAndHaveAHint(MessageTemplate template) {
    boolean finding = template.kind() == MessageTemplate.Kind.FINDING;
    assertEquals(finding, template.hint() != null, template + " has a hint iff it is a finding's");
    assertEquals(
        finding && template != MessageTemplate.INTERNAL_FAILURE,
        template.check() != null,
        template + ": a finding template names its check (but the internal failure)");
    assertTrue(template.id().matches("[a-z][a-zA-Z]*"), template.id());
  }

  @Test
  void bracesAndPlaceholders() {
    assertEquals("{0} is a {b}", MessageRenderer.format("{{0}} is a {{{0}}}", List.of("b")));
    assertEquals("b, a", MessageRenderer.format("{1}, {0}", List.of("a", "b")));
    assertThrows(IllegalArgumentException.class, () -> MessageRenderer.format("{1}", List.of("a")));
    assertThrows(IllegalArgumentException.class, () -> MessageRenderer.format("a } b", List.of()));
    assertThrows(IllegalArgumentException.class, () -> MessageRenderer.format("{x}", List.of()));
  }

  @Test
  void argumentsAreCheckedAgainstTheTemplate() {
    assertThrows(IllegalArgumentException.class, () -> Message.of(MessageTemplate.LOAD_OF_FIELD));
    assertThrows(
        IllegalArgumentException.class,
        () -> Message.of(MessageTemplate.LOAD_OF_FIELD, new StringBuilder("x")));
    assertEquals(List.of("7"), Message.of(MessageTemplate.LOAD_OF_FIELD, 7).arguments());
  }
}
