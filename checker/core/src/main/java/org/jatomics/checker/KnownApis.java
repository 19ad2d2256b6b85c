package org.jatomics.checker;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jatomics.checker.model.OrderedLoad.LoadOrdering;
import org.jatomics.checker.model.ReflectiveFieldCall;
import org.jatomics.checker.model.UnsafeOperation;

/**
 * The library knowledge both front ends share: the qualified names of the jatomics annotations and
 * APIs, which calls are unsafe operations, which calls register a field for atomic access, and
 * which types are known immutable. Front ends ask here instead of keeping their own lists.
 */
public final class KnownApis {
  /** {@code @Atomic}. */
  public static final String ATOMIC = "org.jatomics.annotations.Atomic";

  /** {@code @Consume}. */
  public static final String CONSUME = "org.jatomics.annotations.Consume";

  /** {@code @SafetyContract}. */
  public static final String SAFETY_CONTRACT = "org.jatomics.annotations.SafetyContract";

  /** The orderings ({@code RELAXED}, {@code ACQUIRE}, ... are its constants). */
  public static final String ORDERING = "org.jatomics.Ordering";

  /** The raw-memory helpers. */
  public static final String RAW_ATOMICS = "org.jatomics.raw.RawAtomics";

  /** {@code java.lang.invoke.VarHandle}. */
  public static final String VAR_HANDLE = "java.lang.invoke.VarHandle";

  /** The annotation on generated accessor classes. */
  public static final String GENERATED = "javax.annotation.processing.Generated";

  /**
   * The annotation Lombok puts on the members it generates into a user's class (unless {@code
   * lombok.addLombokGeneratedAnnotation = false}).
   */
  public static final String LOMBOK_GENERATED = "lombok.Generated";

  /** The package of Lombok's annotations ({@code lombok.ToString}, {@code lombok.Data}...). */
  public static final String LOMBOK_PACKAGE = "lombok";

  /**
   * {@code @Generated} annotations other tools put on the classes they generate (the jatomics
   * processor uses the first): code in such classes is never flagged, as the user cannot edit it.
   */
  public static final Set<String> GENERATED_ANNOTATIONS =
      Set.of(GENERATED, "javax.annotation.Generated", LOMBOK_GENERATED);

  /** The suffix of generated accessor classes. */
  public static final String ACCESSOR_CLASS_SUFFIX = "Atomics";

  /**
   * The tag of a SAFETY comment, in lower case: a line of a line or block comment that starts with
   * it (any case) justifies an unsafe operation.
   */
  public static final String SAFETY_TAG = "safety:";

  /** Prefix of the generated load methods ({@code loadHead}). */
  public static final String ACCESSOR_LOAD_PREFIX = "load";

  /** {@code RawAtomics}' load method. */
  public static final String RAW_LOAD = "atomicLoad";

  /** The static methods of {@code org.jatomics.raw.RawAtomics} (contract section 6). */
  public static final Set<String> RAW_ATOMICS_METHODS =
      Set.of(RAW_LOAD, "atomicStore", "xchg", "cmpxchg", "fetchAdd");

  /** The {@code VarHandle} load methods and the ordering each gives. */
  private static final Map<String, LoadOrdering> VAR_HANDLE_LOADS =
      Map.of(
          "get", LoadOrdering.PLAIN,
          "getOpaque", LoadOrdering.OPAQUE,
          "getAcquire", LoadOrdering.VAR_HANDLE_ACQUIRE,
          "getVolatile", LoadOrdering.VOLATILE);

  private static final String TRUSTED_LIBRARY =
      "the library is trusted: loading it runs its native initialization code with the"
          + " JVM's privileges";

  /** The JDK's restricted methods ({@code Type#method}) and the contract a caller must keep. */
  private static final Map<String, String> RESTRICTED =
      Map.ofEntries(
          Map.entry(
              "java.lang.foreign.MemorySegment#reinterpret",
              "the new size and lifetime match the native memory the segment's address really"
                  + " refers to"),
          Map.entry(
              "java.lang.foreign.AddressLayout#withTargetLayout",
              "every address read through this layout points to live memory of at least the"
                  + " target layout's size"),
          Map.entry(
              "java.lang.foreign.Linker#downcallHandle",
              "the function descriptor matches the native function's C signature exactly"),
          Map.entry(
              "java.lang.foreign.Linker#upcallStub",
              "the function descriptor matches what the native caller passes, and native code"
                  + " never calls the stub after its arena is closed"),
          Map.entry("java.lang.foreign.SymbolLookup#libraryLookup", TRUSTED_LIBRARY),
          Map.entry("java.lang.System#load", TRUSTED_LIBRARY),
          Map.entry("java.lang.System#loadLibrary", TRUSTED_LIBRARY),
          Map.entry("java.lang.Runtime#load", TRUSTED_LIBRARY),
          Map.entry("java.lang.Runtime#loadLibrary", TRUSTED_LIBRARY),
          Map.entry(
              "java.lang.ModuleLayer.Controller#enableNativeAccess",
              "the module's code is trusted to call restricted methods"));

  private static final Set<String> UNSAFE_CLASSES =
      Set.of("sun.misc.Unsafe", "jdk.internal.misc.Unsafe");

  private static final Set<String> UNSAFE_METHOD_PREFIXES =
      Set.of(
          "get",
          "put",
          "compareAndSwap",
          "compareAndSet",
          "compareAndExchange",
          "weakCompareAndSet");

  private static final Set<String> UNSAFE_EXACT =
      Set.of(
          "allocateMemory",
          "reallocateMemory",
          "freeMemory",
          "copyMemory",
          "copySwapMemory",
          "setMemory");

  private static final Set<String> VAR_HANDLE_FINDERS =
      Set.of("findVarHandle", "findStaticVarHandle");

  private static final String UPDATER_FACTORY = "newUpdater";

  private static final Set<String> UNSAFE_OFFSETS =
      Set.of("objectFieldOffset", "staticFieldOffset");

  /**
   * Unsafe's methods that touch no memory (contract section 7): the instance getter, the offset and
   * geometry queries and the load average. {@code objectFieldOffset} and {@code staticFieldOffset}
   * still register their field (see {@link #registration}).
   */
  private static final Set<String> NOT_UNSAFE =
      Set.of(
          "getUnsafe",
          "getLoadAverage",
          "objectFieldOffset",
          "staticFieldOffset",
          "staticFieldBase",
          "arrayBaseOffset",
          "arrayIndexScale",
          "addressSize",
          "pageSize");

  private static final String UNSAFE_CONTRACT =
      "the object and offset, or the address, denote live memory of the accessed type, and every"
          + " concurrent access to it is atomic";

  private static final Set<String> IMMUTABLE_JDK_TYPES =
      Set.of(
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Character",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double",
          "java.math.BigInteger",
          "java.math.BigDecimal",
          "java.lang.Class",
          "java.util.UUID",
          "java.time.Instant",
          "java.time.Duration",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime");

  /** The simple names of the restricted methods. */
  private static final Set<String> RESTRICTED_NAMES = restrictedNames();

  /**
   * The simple names of the methods this class recognizes by name, wherever they are declared: the
   * restricted methods, the field registrations ({@link #registration}, without the configured
   * helpers) and {@code RawAtomics}' methods. A call of one of them is written with its name, so a
   * source-only front end may conclude that a file naming none of them has no such call. (Unsafe's
   * memory accessors are recognized by prefix on an {@code Unsafe} receiver instead, and
   * {@code @SafetyContract} methods by their annotation.)
   */
  public static final Set<String> METHODS_RECOGNIZED_BY_NAME = recognizedByName();

  private KnownApis() {}

  private static Set<String> restrictedNames() {
    Set<String> names = new java.util.HashSet<>();
    for (String restricted : RESTRICTED.keySet()) {
      names.add(restricted.substring(restricted.indexOf('#') + 1));
    }
    return Set.copyOf(names);
  }

  private static Set<String> recognizedByName() {
    Set<String> names = new java.util.HashSet<>(RESTRICTED_NAMES);
    names.addAll(VAR_HANDLE_FINDERS);
    names.add(UPDATER_FACTORY);
    names.addAll(UNSAFE_OFFSETS);
    names.addAll(RAW_ATOMICS_METHODS);
    return Set.copyOf(names);
  }

  /**
   * What {@link #unsafeCall} found: why a call is unsafe and what its caller must guarantee.
   *
   * @param kind the reason
   * @param contract the caller's obligation, for messages and the fix's comment
   */
  public record UnsafeCall(UnsafeOperation.Kind kind, String contract) {}

  /**
   * Whether a call is an unsafe operation.
   *
   * @param config the options (for {@code Jatomics:UnsafeMethods})
   * @param declaringType qualified name of the class declaring the called method or constructor,
   *     nested classes joined with {@code '.'}; {@code null} if unknown
   * @param methodName the method's simple name ({@code "<init>"} for constructors)
   * @param safetyContract the callee's {@code @SafetyContract} text, or {@code null} if it has none
   */
  public static Optional<UnsafeCall> unsafeCall(
      Config config, String declaringType, String methodName, String safetyContract) {
    if (safetyContract != null) {
      return Optional.of(new UnsafeCall(UnsafeOperation.Kind.SAFETY_CONTRACT, safetyContract));
    }
    if (declaringType != null) {
      String restricted = RESTRICTED.get(declaringType + "#" + methodName);
      if (restricted != null) {
        return Optional.of(new UnsafeCall(UnsafeOperation.Kind.RESTRICTED_METHOD, restricted));
      }
      if (UNSAFE_CLASSES.contains(declaringType) && isUnsafeMemoryAccessor(methodName)) {
        return Optional.of(
            new UnsafeCall(UnsafeOperation.Kind.UNSAFE_MEMORY_ACCESS, UNSAFE_CONTRACT));
      }
    }
    for (MethodRef configured : config.unsafeMethods()) {
      if (configured.matches(declaringType, methodName)) {
        return Optional.of(
            new UnsafeCall(
                UnsafeOperation.Kind.CONFIGURED,
                "the documented preconditions of " + configured + " hold"));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a call of a method named {@code methodName} may be an unsafe operation that this class
   * recognizes ({@link #unsafeCall} without a contract, or a {@code RawAtomics} method), whatever
   * declares it: a restricted method's name, an {@code Unsafe} memory accessor's, a {@code
   * RawAtomics} method's or a configured unsafe method's. Methods with a {@code @SafetyContract}
   * are the front end's to know by name. For any other name a front end need not resolve the
   * receiver.
   */
  public static boolean mayBeUnsafeCall(Config config, String methodName) {
    if (RESTRICTED_NAMES.contains(methodName)
        || RAW_ATOMICS_METHODS.contains(methodName)
        || isUnsafeMemoryAccessor(methodName)) {
      return true;
    }
    for (MethodRef configured : config.unsafeMethods()) {
      if (configured.method().equals(methodName)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a call of a method named {@code name} on a {@code sun.misc.Unsafe} or {@code
   * jdk.internal.misc.Unsafe} receiver is an unsafe operation; for front ends that must report a
   * receiver they could not resolve (contract section 9).
   */
  public static boolean isUnsafeMemoryAccessor(String name) {
    if (NOT_UNSAFE.contains(name)) {
      return false;
    }
    if (UNSAFE_EXACT.contains(name)) {
      return true;
    }
    for (String prefix : UNSAFE_METHOD_PREFIXES) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        return true;
      }
    }
    return false;
  }

  /** How a {@link ReflectiveFieldCall} registers its field for atomic access. */
  public enum Registration {
    /** {@code MethodHandles.Lookup.findVarHandle} / {@code findStaticVarHandle}. */
    VAR_HANDLE,
    /** {@code Atomic{Integer,Long,Reference}FieldUpdater.newUpdater}. */
    FIELD_UPDATER,
    /** {@code Unsafe.objectFieldOffset} / {@code staticFieldOffset}. */
    UNSAFE_OFFSET,
    /** A method named in {@code Jatomics:VarHandleFactories}. */
    VAR_HANDLE_FACTORY,
    /** A method named in {@code Jatomics:FieldOffsetMethods}. */
    OFFSET_HELPER
  }

  /**
   * Whether a call of a method named {@code methodName} may register a field: {@link #registration}
   * is empty for a call of any other name, whatever its callee type and arguments, so a front end
   * need not work out the arguments of such a call.
   */
  public static boolean mayRegister(Config config, String methodName) {
    if (VAR_HANDLE_FINDERS.contains(methodName)
        || methodName.equals(UPDATER_FACTORY)
        || UNSAFE_OFFSETS.contains(methodName)) {
      return true;
    }
    for (MethodRef factory : config.varHandleFactories()) {
      if (factory.method().equals(methodName)) {
        return true;
      }
    }
    for (MethodRef helper : config.fieldOffsetMethods()) {
      if (helper.method().equals(methodName)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code call} registers its field for atomic access. When the front end could not
   * resolve {@link ReflectiveFieldCall#calleeType()}, the method name alone decides.
   */
  public static Optional<Registration> registration(Config config, ReflectiveFieldCall call) {
    String type = call.calleeType();
    String name = call.methodName();
    if (VAR_HANDLE_FINDERS.contains(name)
        && (type == null || type.equals("java.lang.invoke.MethodHandles.Lookup"))) {
      return Optional.of(Registration.VAR_HANDLE);
    }
    if (name.equals(UPDATER_FACTORY)
        && (type == null
            || type.equals("java.util.concurrent.atomic.AtomicIntegerFieldUpdater")
            || type.equals("java.util.concurrent.atomic.AtomicLongFieldUpdater")
            || type.equals("java.util.concurrent.atomic.AtomicReferenceFieldUpdater"))) {
      return Optional.of(Registration.FIELD_UPDATER);
    }
    if (UNSAFE_OFFSETS.contains(name) && (type == null || UNSAFE_CLASSES.contains(type))) {
      return Optional.of(Registration.UNSAFE_OFFSET);
    }
    for (MethodRef factory : config.varHandleFactories()) {
      if (factory.matches(type, name)) {
        return Optional.of(Registration.VAR_HANDLE_FACTORY);
      }
    }
    for (MethodRef helper : config.fieldOffsetMethods()) {
      if (helper.matches(type, name)) {
        return Optional.of(Registration.OFFSET_HELPER);
      }
    }
    return Optional.empty();
  }

  /**
   * The ordering a {@code VarHandle} method gives when it is a load ({@code get}, {@code
   * getOpaque}, {@code getAcquire}, {@code getVolatile}), else empty.
   */
  public static Optional<LoadOrdering> varHandleLoad(String methodName) {
    return Optional.ofNullable(VAR_HANDLE_LOADS.get(methodName));
  }

  /**
   * The load ordering named by an {@code Ordering} constant ({@code "RELAXED"}, {@code "ACQUIRE"},
   * {@code "CONSUME"}), else {@code UNKNOWN}.
   */
  public static LoadOrdering orderingConstant(String name) {
    return switch (name) {
      case "RELAXED" -> LoadOrdering.RELAXED;
      case "ACQUIRE" -> LoadOrdering.ACQUIRE;
      case "CONSUME" -> LoadOrdering.CONSUME;
      default -> LoadOrdering.UNKNOWN;
    };
  }

  /** RawAtomics' load contract (contract section 6), as its {@code @SafetyContract} states it. */
  public static final String RAW_LOAD_CONTRACT =
      "any concurrent store to these bytes, from Java or native code, is atomic";

  /** RawAtomics' store and read-modify-write contract (contract section 6). */
  public static final String RAW_ACCESS_CONTRACT = "any concurrent access to these bytes is atomic";

  /**
   * The {@code @SafetyContract} text of a {@code RawAtomics} method, for front ends that see only
   * sources (the reviewer has no class path to read the annotation from), else null.
   */
  public static String rawAtomicsContract(String methodName) {
    if (!RAW_ATOMICS_METHODS.contains(methodName)) {
      return null;
    }
    return methodName.equals(RAW_LOAD) ? RAW_LOAD_CONTRACT : RAW_ACCESS_CONTRACT;
  }

  /**
   * Whether the JDK type {@code qualifiedName} is known immutable ({@code String}, the boxed
   * primitives, {@code BigInteger}, ...). Front ends add enums, records and types annotated
   * {@code @Immutable} themselves (they see the declarations).
   */
  public static boolean isKnownImmutable(String qualifiedName) {
    return IMMUTABLE_JDK_TYPES.contains(qualifiedName);
  }

  /** {@code java.lang.foreign.MemorySegment}. */
  public static final String MEMORY_SEGMENT = "java.lang.foreign.MemorySegment";

  /**
   * The instance methods of {@code MemorySegment} that read or write the segment's memory (a
   * relaxed-loaded segment used for them is dereferenced: {@code SEGMENT_OF_MEMORY_ACCESS}). {@code
   * asSlice}, {@code reinterpret}, {@code byteSize} and the like only read the segment object's own
   * final fields: a call of them is an ordinary method call.
   */
  private static final Set<String> MEMORY_SEGMENT_ACCESSES =
      Set.of(
          "get",
          "set",
          "getAtIndex",
          "setAtIndex",
          "getString",
          "setString",
          "copyFrom",
          "fill",
          "toArray",
          "mismatch");

  /** Whether {@code MemorySegment.method(...)} reads or writes the segment's memory. */
  public static boolean isMemorySegmentAccess(String method) {
    return MEMORY_SEGMENT_ACCESSES.contains(method);
  }
}
