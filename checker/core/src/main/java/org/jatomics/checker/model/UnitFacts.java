package org.jatomics.checker.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the rules know about one compilation unit: what a front end produces from its trees,
 * and all the rules consume. Built with {@link #builder}; immutable afterwards.
 *
 * @param path the file's path as the front end names it (for messages and reports only)
 * @param source the unit's text
 * @param packageName the unit's package, {@code ""} for the default package
 * @param fieldAccesses plain accesses of interesting fields
 * @param reflectiveCalls calls naming a field by class literal and string
 * @param loads accessor loads with the uses of their values
 * @param unsafeOperations unsafe calls (field writes are derived from {@code fieldAccesses})
 * @param statements statements and field declarations, indexed by {@link StatementRegion#id()}
 * @param comments every comment, sorted by start offset
 * @param contractDeclarations {@code @SafetyContract} annotations of this unit
 * @param contractOverrides overrides of {@code @SafetyContract} methods declared in this unit
 * @param suppressions {@code @SuppressWarnings} on declarations of this unit
 * @param failures trees the front end could not translate
 * @param methodBodies the bodies of the unit's methods and constructors (for thin wrappers)
 * @param referenceEvents what bodies do with references to objects that may still be unpublished
 *     (see {@link ReferenceEvent}), in any order
 * @param unresolvedReceivers calls whose receiver may be {@code Unsafe} but could not be resolved
 * @param imports the unit's import declarations
 * @param generatedAccesses plain accesses of {@code @Atomic} fields of this unit by code another
 *     processor generated into it (Lombok's members)
 */
public record UnitFacts(
    String path,
    SourceText source,
    String packageName,
    List<FieldAccess> fieldAccesses,
    List<ReflectiveFieldCall> reflectiveCalls,
    List<OrderedLoad> loads,
    List<UnsafeOperation> unsafeOperations,
    List<StatementRegion> statements,
    List<SourceComment> comments,
    List<SafetyContractDeclaration> contractDeclarations,
    List<ContractOverride> contractOverrides,
    List<Suppression> suppressions,
    List<FrontEndFailure> failures,
    List<MethodBody> methodBodies,
    List<ReferenceEvent> referenceEvents,
    List<UnresolvedReceiver> unresolvedReceivers,
    List<UnitImport> imports,
    List<GeneratedFieldAccess> generatedAccesses) {

  /** Copies the lists; sorts the comments by position. */
  public UnitFacts {
    fieldAccesses = List.copyOf(fieldAccesses);
    reflectiveCalls = List.copyOf(reflectiveCalls);
    loads = List.copyOf(loads);
    unsafeOperations = List.copyOf(unsafeOperations);
    statements = List.copyOf(statements);
    comments = comments.stream().sorted(Comparator.comparingInt(c -> c.range().start())).toList();
    contractDeclarations = List.copyOf(contractDeclarations);
    contractOverrides = List.copyOf(contractOverrides);
    suppressions = List.copyOf(suppressions);
    failures = List.copyOf(failures);
    methodBodies = List.copyOf(methodBodies);
    referenceEvents = List.copyOf(referenceEvents);
    unresolvedReceivers = List.copyOf(unresolvedReceivers);
    imports = List.copyOf(imports);
    generatedAccesses = List.copyOf(generatedAccesses);
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).id() != i) {
        throw new IllegalArgumentException(
            "statement at index " + i + " has id " + statements.get(i).id());
      }
    }
  }

  /** The statement with {@code id}, or {@code null} for {@link StatementRegion#NONE}. */
  public StatementRegion statement(int id) {
    return id == StatementRegion.NONE ? null : statements.get(id);
  }

  /**
   * Whether {@code qualifiedName} (a type, or with {@code staticMember} a static member) can be
   * used by its simple name without a new import: an import covers it, or (a type) it is declared
   * in the unit's package.
   */
  public boolean imports(String qualifiedName, boolean staticMember) {
    int dot = qualifiedName.lastIndexOf('.');
    if (!staticMember && packageName.equals(dot < 0 ? "" : qualifiedName.substring(0, dot))) {
      return true;
    }
    for (UnitImport i : imports) {
      if (i.covers(qualifiedName, staticMember)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Starts collecting the facts of one unit.
   *
   * @param path the file's path (for messages and reports)
   * @param text the unit's complete text
   * @param packageName the unit's package, {@code ""} for the default package
   */
  public static Builder builder(String path, String text, String packageName) {
    return new Builder(path, new SourceText(text), packageName);
  }

  /** Collects facts in any order (statements parents first), then {@link #build()}s them. */
  public static final class Builder {
    private final String path;
    private final SourceText source;
    private final String packageName;
    private final List<FieldAccess> fieldAccesses = new ArrayList<>();
    private final List<ReflectiveFieldCall> reflectiveCalls = new ArrayList<>();
    private final List<OrderedLoad> loads = new ArrayList<>();
    private final List<UnsafeOperation> unsafeOperations = new ArrayList<>();
    private final List<StatementRegion> statements = new ArrayList<>();
    private final List<SourceComment> comments = new ArrayList<>();
    private final List<SafetyContractDeclaration> contractDeclarations = new ArrayList<>();
    private final List<ContractOverride> contractOverrides = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();
    private final List<FrontEndFailure> failures = new ArrayList<>();
    private final List<MethodBody> methodBodies = new ArrayList<>();
    private final List<ReferenceEvent> referenceEvents = new ArrayList<>();
    private final List<UnresolvedReceiver> unresolvedReceivers = new ArrayList<>();
    private final List<UnitImport> imports = new ArrayList<>();
    private final List<GeneratedFieldAccess> generatedAccesses = new ArrayList<>();

    private Builder(String path, SourceText source, String packageName) {
      this.path = path;
      this.source = source;
      this.packageName = packageName;
    }

    /** The unit's text, e.g. to turn a parser's line and column into an offset. */
    public SourceText source() {
      return source;
    }

    /**
     * Adds a statement and returns its id (for {@link Site#statement()} and children's {@link
     * StatementRegion#parent()}).
     */
    public int addStatement(
        StatementRegion.Kind kind,
        SourceRange range,
        SourceRange header,
        SourceRange modifiers,
        int parent) {
      if (parent >= statements.size()) {
        throw new IllegalArgumentException("parent " + parent + " not added yet");
      }
      int id = statements.size();
      statements.add(new StatementRegion(id, kind, range, header, modifiers, parent));
      return id;
    }

    /**
     * Whether any unsafe operation has been collected so far: an unsafe call, or a write of a field
     * with a {@code @SafetyContract} (see {@code UnsafeOperations}).
     */
    public boolean hasUnsafeOperations() {
      if (!unsafeOperations.isEmpty()) {
        return true;
      }
      for (FieldAccess access : fieldAccesses) {
        if (access.field().safetyContract() != null && access.kind() != FieldAccess.Kind.READ) {
          return true;
        }
      }
      return false;
    }

    /** Adds a field access. */
    public Builder add(FieldAccess access) {
      fieldAccesses.add(access);
      return this;
    }

    /** Adds a reflective field call. */
    public Builder add(ReflectiveFieldCall call) {
      reflectiveCalls.add(call);
      return this;
    }

    /** Adds an accessor load. */
    public Builder add(OrderedLoad load) {
      loads.add(load);
      return this;
    }

    /** Adds an unsafe operation. */
    public Builder add(UnsafeOperation operation) {
      unsafeOperations.add(operation);
      return this;
    }

    /** Adds a comment. */
    public Builder add(SourceComment comment) {
      comments.add(comment);
      return this;
    }

    /** Adds a {@code @SafetyContract} declaration. */
    public Builder add(SafetyContractDeclaration declaration) {
      contractDeclarations.add(declaration);
      return this;
    }

    /** Adds an override of a {@code @SafetyContract} method. */
    public Builder add(ContractOverride override) {
      contractOverrides.add(override);
      return this;
    }

    /** Adds a {@code @SuppressWarnings}. */
    public Builder add(Suppression suppression) {
      suppressions.add(suppression);
      return this;
    }

    /** Adds a method or constructor body. */
    public Builder add(MethodBody body) {
      methodBodies.add(body);
      return this;
    }

    /** Records a call whose receiver may be {@code Unsafe} but could not be resolved. */
    public Builder add(UnresolvedReceiver receiver) {
      unresolvedReceivers.add(receiver);
      return this;
    }

    /** Records a tree the front end failed to translate. */
    public Builder add(FrontEndFailure failure) {
      failures.add(failure);
      return this;
    }

    /** Adds what a body does with a reference that may be unpublished. */
    public Builder add(ReferenceEvent event) {
      referenceEvents.add(event);
      return this;
    }

    /** Adds an import declaration. */
    public Builder add(UnitImport declaration) {
      imports.add(declaration);
      return this;
    }

    /** Adds a plain access of an {@code @Atomic} field by generated code. */
    public Builder add(GeneratedFieldAccess access) {
      generatedAccesses.add(access);
      return this;
    }

    /** The collected facts. */
    public UnitFacts build() {
      return new UnitFacts(
          path,
          source,
          packageName,
          fieldAccesses,
          reflectiveCalls,
          loads,
          unsafeOperations,
          statements,
          comments,
          contractDeclarations,
          contractOverrides,
          suppressions,
          failures,
          methodBodies,
          referenceEvents,
          unresolvedReceivers,
          imports,
          generatedAccesses);
    }
  }
}
