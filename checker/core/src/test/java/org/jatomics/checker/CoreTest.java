package org.jatomics.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jatomics.checker.corpus.CorpusMarkers;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.FieldType;
import org.jatomics.checker.model.FrontEndFailure;
import org.jatomics.checker.model.LineColumn;
import org.jatomics.checker.model.ReflectiveFieldCall;
import org.jatomics.checker.model.Site;
import org.jatomics.checker.model.SourceComment;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.SourceText;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.Suppression;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.model.UnsafeOperation;
import org.junit.jupiter.api.Test;

/** The rule core on hand-built facts: what a front end relies on besides the corpus. */
class CoreTest {

  @Test
  void sourceTextConvertsBetweenOffsetsAndPositions() {
    SourceText text = new SourceText("ab\r\ncd\n\tx\ry");
    assertEquals(new LineColumn(1, 1), text.position(0));
    assertEquals(new LineColumn(2, 2), text.position(5));
    assertEquals(new LineColumn(3, 2), text.position(8));
    assertEquals(new LineColumn(4, 1), text.position(10));
    assertEquals(5, text.offset(2, 2));
    assertTrue(text.startsItsLine(8));
    assertTrue(!text.startsItsLine(5));
    assertEquals("\t", text.indentation(8));
  }

  @Test
  void configParsesOptionsOnceAndRejectsMalformedEntries() {
    Map<String, String> options =
        Map.of(
            Config.UNSAFE_METHODS,
            "a.B#c, d.E#f",
            Config.FIELD_OFFSET_METHODS,
            "x.UnsafeAccess#fieldOffset");
    Config config = Config.parse(key -> Optional.ofNullable(options.get(key)));
    assertEquals(
        List.of(new MethodRef("a.B", "c"), new MethodRef("d.E", "f")), config.unsafeMethods());
    assertEquals(
        List.of(new MethodRef("x.UnsafeAccess", "fieldOffset")), config.fieldOffsetMethods());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Config.parse(key -> Optional.of("a.B")));
    assertTrue(e.getMessage().contains("fully.qualified.Type#method"), e.getMessage());
  }

  @Test
  void onlyCallsThatMayRegisterRegister() {
    // Front ends skip the arguments of a call whose name cannot register; registration must agree,
    // for the built-in names and for the configured helpers and factories.
    Config config =
        new Config(
            List.of(),
            List.of(new MethodRef("x.UnsafeAccess", "fieldOffset")),
            null,
            List.of(new MethodRef("x.Handles", "handleFor")));
    List<String> names =
        List.of(
            "findVarHandle",
            "findStaticVarHandle",
            "newUpdater",
            "objectFieldOffset",
            "staticFieldOffset",
            "fieldOffset",
            "handleFor",
            "getDeclaredField",
            "arrayBaseOffset",
            "staticFieldBase",
            "get",
            "findStatic");
    for (Config c : List.of(Config.DEFAULT, config)) {
      for (String name : names) {
        boolean registers =
            KnownApis.registration(c, new ReflectiveFieldCall(null, name, "p.K", "f", null))
                .isPresent();
        assertEquals(registers, KnownApis.mayRegister(c, name), name);
      }
    }
    assertTrue(KnownApis.mayRegister(config, "fieldOffset"));
    assertTrue(KnownApis.mayRegister(config, "handleFor"));
    assertTrue(!KnownApis.mayRegister(Config.DEFAULT, "fieldOffset"));
  }

  @Test
  void onlyCallsThatMayBeUnsafeAreUnsafe() {
    // Front ends skip resolving the receiver of a call whose name cannot be unsafe (without a
    // @SafetyContract); unsafeCall must agree for every declaring type.
    Config config =
        new Config(List.of(new MethodRef("x.Native", "poke")), List.of(), null, List.of());
    List<String> types =
        List.of(
            "sun.misc.Unsafe",
            "jdk.internal.misc.Unsafe",
            "java.lang.foreign.MemorySegment",
            "java.lang.foreign.Linker",
            "java.lang.foreign.AddressLayout",
            "java.lang.foreign.SymbolLookup",
            "java.lang.ModuleLayer.Controller",
            "java.lang.System",
            "java.lang.Runtime",
            "x.Native",
            "p.Q");
    List<String> names =
        List.of(
            "reinterpret",
            "withTargetLayout",
            "downcallHandle",
            "upcallStub",
            "libraryLookup",
            "enableNativeAccess",
            "load",
            "loadLibrary",
            "getInt",
            "putLongVolatile",
            "compareAndSwapObject",
            "copyMemory",
            "allocateMemory",
            "objectFieldOffset",
            "getUnsafe",
            "poke",
            "get",
            "set",
            "toString");
    for (Config c : List.of(Config.DEFAULT, config)) {
      for (String name : names) {
        for (String type : types) {
          if (KnownApis.unsafeCall(c, type, name, null).isPresent()) {
            assertTrue(KnownApis.mayBeUnsafeCall(c, name), type + "#" + name);
          }
        }
        if (KnownApis.unsafeCall(c, null, name, null).isPresent()) {
          assertTrue(KnownApis.mayBeUnsafeCall(c, name), "?#" + name);
        }
      }
    }
    for (String raw : KnownApis.RAW_ATOMICS_METHODS) {
      assertTrue(KnownApis.mayBeUnsafeCall(Config.DEFAULT, raw), raw);
    }
    assertTrue(KnownApis.mayBeUnsafeCall(config, "poke"));
    assertTrue(!KnownApis.mayBeUnsafeCall(Config.DEFAULT, "poke"));
    assertTrue(!KnownApis.mayBeUnsafeCall(Config.DEFAULT, "toString"));
    assertTrue(!KnownApis.mayBeUnsafeCall(Config.DEFAULT, "objectFieldOffset"));
  }

  @Test
  void knownApisClassifyUnsafeCalls() {
    // The names a source-only front end may filter files by cover every method classified by name.
    assertTrue(
        KnownApis.METHODS_RECOGNIZED_BY_NAME.containsAll(
            List.of(
                "reinterpret",
                "loadLibrary",
                "enableNativeAccess",
                "findVarHandle",
                "newUpdater",
                "objectFieldOffset",
                "atomicLoad",
                "fetchAdd")),
        KnownApis.METHODS_RECOGNIZED_BY_NAME.toString());
    assertEquals(
        UnsafeOperation.Kind.RESTRICTED_METHOD,
        KnownApis.unsafeCall(Config.DEFAULT, "java.lang.foreign.MemorySegment", "reinterpret", null)
            .orElseThrow()
            .kind());
    assertEquals(
        UnsafeOperation.Kind.UNSAFE_MEMORY_ACCESS,
        KnownApis.unsafeCall(Config.DEFAULT, "sun.misc.Unsafe", "putLong", null)
            .orElseThrow()
            .kind());
    assertTrue(
        KnownApis.unsafeCall(Config.DEFAULT, "sun.misc.Unsafe", "getUnsafe", null).isEmpty());
    assertTrue(KnownApis.unsafeCall(Config.DEFAULT, "sun.misc.Unsafe", "pageSize", null).isEmpty());
    // Offset and geometry queries and the load average touch no memory (contract section 7).
    for (String query :
        List.of(
            "objectFieldOffset",
            "staticFieldOffset",
            "staticFieldBase",
            "arrayBaseOffset",
            "arrayIndexScale",
            "addressSize",
            "getLoadAverage")) {
      assertTrue(
          KnownApis.unsafeCall(Config.DEFAULT, "jdk.internal.misc.Unsafe", query, null).isEmpty(),
          query);
    }
    assertEquals(
        "it holds",
        KnownApis.unsafeCall(Config.DEFAULT, "p.Q", "m", "it holds").orElseThrow().contract());
  }

  @Test
  void corpusMarkersStackAboveTheirLine() {
    String source =
        "class A {\n// BUG: Diagnostic contains: X\n// BUG: Diagnostic contains: Y\nint a;\n}\n";
    assertEquals(
        Set.of(new CorpusMarkers.Expected(4, "X"), new CorpusMarkers.Expected(4, "Y")),
        CorpusMarkers.expected(source));
  }

  /** A unit with one statement {@code op();} below {@code comment} (may be empty). */
  private static UnitFacts unsafeCallBelow(String comment) {
    String text = "class A {\n  void m() {\n" + comment + "    op();\n  }\n}\n";
    UnitFacts.Builder b = UnitFacts.builder("A.java", text, "");
    int start = text.indexOf("op();");
    int statement =
        b.addStatement(
            StatementRegion.Kind.SIMPLE,
            new SourceRange(start, start + 5),
            null,
            null,
            StatementRegion.NONE);
    b.add(
        new UnsafeOperation(
            UnsafeOperation.Kind.CONFIGURED,
            "A.op",
            "op's rule holds",
            new SourceRange(start, start + 4),
            new Site("A", Site.Region.METHOD, false, statement)));
    int c = text.indexOf("//");
    if (c >= 0) {
      int end = text.indexOf('\n', c);
      b.add(
          new SourceComment(
              SourceComment.Style.LINE, new SourceRange(c, end), text.substring(c, end)));
    }
    return b.build();
  }

  @Test
  void safetyTagNeedsItsColonAndIgnoresCase() {
    assertTrue(
        Checks.run(
                unsafeCallBelow("    // SAFETY: fine.\n"),
                Config.DEFAULT,
                CheckName.MissingSafetyComment)
            .isEmpty());
    assertTrue(
        Checks.run(
                unsafeCallBelow("    // safety: fine.\n"),
                Config.DEFAULT,
                CheckName.MissingSafetyComment)
            .isEmpty());
    assertTrue(
        Checks.run(
                unsafeCallBelow("    /// SAFETY: fine.\n"),
                Config.DEFAULT,
                CheckName.MissingSafetyComment)
            .isEmpty());
    List<Finding> missing =
        Checks.run(
            unsafeCallBelow("    // SAFETY fine.\n"),
            Config.DEFAULT,
            CheckName.MissingSafetyComment);
    assertEquals(1, missing.size());
    Finding f = missing.get(0);
    assertEquals(new LineColumn(4, 5), f.start());
    assertEquals(Severity.WARNING, f.severity());
    assertTrue(f.text().contains("`A.op` is an unsafe operation"), f.text());
    assertEquals(
        "    // SAFETY: TODO justify that op's rule holds\n", f.fix().edits().get(0).replacement());
  }

  @Test
  void suppressionsDropFindingsInsideTheDeclaration() {
    UnitFacts plain = unsafeCallBelow("");
    UnitFacts.Builder b = UnitFacts.builder("A.java", plain.source().text(), "");
    for (StatementRegion s : plain.statements()) {
      b.addStatement(s.kind(), s.range(), s.header(), s.modifiers(), s.parent());
    }
    plain.unsafeOperations().forEach(b::add);
    b.add(
        new Suppression(
            new SourceRange(0, plain.source().text().length()), Set.of("MissingSafetyComment")));
    assertEquals(1, Checks.run(plain, Config.DEFAULT, CheckName.MissingSafetyComment).size());
    assertTrue(Checks.run(b.build(), Config.DEFAULT, CheckName.MissingSafetyComment).isEmpty());
  }

  @Test
  void safetyTextIsTheTagInAnyCaseAnywhere() {
    for (String text :
        List.of(
            "safety:",
            "SAFETY:",
            "// SaFeTy: x",
            "/* a: b: SAFETY: c */",
            "::safety::",
            "x // unsafety: still the tag")) {
      assertTrue(Checks.mayHoldSafetyComment(text), text);
    }
    for (String text :
        List.of(
            "",
            ":",
            "safety",
            "afety:",
            "// SAFETY x: y",
            "safety :",
            "SAFE TY:",
            "\\u0053AFETY:")) {
      assertTrue(!Checks.mayHoldSafetyComment(text), text);
    }
  }

  @Test
  void commentsAreNeededOnlyForUnsafeOperationsOrSafetyText() {
    assertTrue(
        !Checks.needsComments(UnitFacts.builder("A.java", "class A { /* plain */ int x; }", "")));
    assertTrue(
        Checks.needsComments(
            UnitFacts.builder("A.java", "class A { /* Safety: x */ int x; }", "")));
    // Comments are read as written: an escaped tag is no tag for the rules, so nothing to lex.
    assertTrue(
        !Checks.needsComments(
            UnitFacts.builder("A.java", "class A { /* \\u0053AFETY: x */ int x; }", "")));
    String text = "class A { Object x; void m(A a) { a.x = null; } }";
    int write = text.indexOf("a.x");
    Site site = new Site("A", Site.Region.METHOD, false, StatementRegion.NONE);
    FieldRef contracted =
        new FieldRef(
            "",
            "A",
            "x",
            new FieldType(FieldType.Kind.REFERENCE, "Object"),
            false,
            false,
            false,
            false,
            false,
            "rule");
    UnitFacts.Builder writesContractedField =
        UnitFacts.builder("A.java", text, "")
            .add(
                new FieldAccess(
                    contracted,
                    FieldAccess.Kind.WRITE,
                    FieldAccess.Receiver.OTHER,
                    "a",
                    new SourceRange(write, write + 3),
                    site,
                    null));
    assertTrue(Checks.needsComments(writesContractedField));
    UnitFacts.Builder readsIt =
        UnitFacts.builder("A.java", text, "")
            .add(
                new FieldAccess(
                    contracted,
                    FieldAccess.Kind.READ,
                    FieldAccess.Receiver.OTHER,
                    "a",
                    new SourceRange(write, write + 3),
                    site,
                    null));
    assertTrue(!Checks.needsComments(readsIt));
    // An unsafe call: its fix looks for a comment on its line.
    String call = "class A {\n  void m() {\n    op();\n  }\n}\n";
    UnitFacts.Builder withCall = UnitFacts.builder("A.java", call, "");
    int start = call.indexOf("op();");
    withCall.add(
        new UnsafeOperation(
            UnsafeOperation.Kind.CONFIGURED,
            "A.op",
            "op's rule holds",
            new SourceRange(start, start + 4),
            site));
    assertTrue(Checks.needsComments(withCall));
  }

  @Test
  void aRuleThatFailsOnOneFactReportsOneWarningAndGoesOn() {
    String text = "class A { Object x; void m(A a) { a.x = a.x; } }";
    FieldRef field =
        new FieldRef(
            "",
            "A",
            "x",
            new FieldType(FieldType.Kind.REFERENCE, "Object"),
            true,
            false,
            false,
            false,
            false,
            null);
    Site site = new Site("A", Site.Region.METHOD, false, StatementRegion.NONE);
    int write = text.indexOf("a.x");
    int read = text.lastIndexOf("a.x");
    UnitFacts facts =
        UnitFacts.builder("A.java", text, "")
            // A write without its Update: the accessor rewrite throws on it.
            .add(
                new FieldAccess(
                    field,
                    FieldAccess.Kind.WRITE,
                    FieldAccess.Receiver.OTHER,
                    "a",
                    new SourceRange(write, write + 3),
                    site,
                    null))
            .add(
                new FieldAccess(
                    field,
                    FieldAccess.Kind.READ,
                    FieldAccess.Receiver.OTHER,
                    "a",
                    new SourceRange(read, read + 3),
                    site,
                    null))
            .add(new FrontEndFailure(new SourceRange(0, 5), "IllegalStateException: boom"))
            .build();
    List<Finding> findings = Checks.run(facts, Config.DEFAULT, EnumSet.allOf(CheckName.class));
    assertEquals(3, findings.size(), findings.toString());
    assertTrue(findings.get(0).text().contains("internal error"), findings.get(0).text());
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertEquals(Severity.ERROR, findings.get(1).severity());
    assertTrue(
        findings.get(1).text().startsWith("`x` is @Atomic; this plain read races"),
        findings.get(1).text());
    assertTrue(findings.get(2).text().contains("IllegalStateException: boom"));
    assertNull(findings.get(2).fix());
  }
}
