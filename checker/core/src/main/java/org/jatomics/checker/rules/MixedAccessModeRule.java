package org.jatomics.checker.rules;

import java.util.HashMap;
import java.util.Map;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.checker.KnownApis;
import org.jatomics.checker.Messages;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.ReflectiveFieldCall;
import org.jatomics.checker.model.UnitFacts;

/**
 * MixedAccessMode: a field without {@code @Atomic} that the same compilation unit registers for
 * atomic access (VarHandle, field updater, Unsafe offset, configured offset helper) and also
 * accesses plainly: every plain access of a non-volatile such field, every compound update of a
 * volatile one. Same exemptions as NonAtomicAccess. Final fields are never flagged: a VarHandle for
 * one is read-only, and an Unsafe offset of one only serves to set it while the object is being
 * deserialized or cloned (JDK collections do this), before other threads can see it.
 */
public final class MixedAccessModeRule implements Rule {

  @Override
  public CheckName check() {
    return CheckName.MixedAccessMode;
  }

  @Override
  public void check(UnitFacts facts, Config config, Reporter out) {
    Map<String, ReflectiveFieldCall> registered = new HashMap<>();
    Map<String, KnownApis.Registration> how = new HashMap<>();
    for (ReflectiveFieldCall call : facts.reflectiveCalls()) {
      KnownApis.registration(config, call)
          .ifPresent(
              registration -> {
                String key = call.targetClass() + "#" + call.fieldName();
                if (registered.putIfAbsent(key, call) == null) {
                  how.put(key, registration);
                }
              });
    }
    if (registered.isEmpty()) {
      return;
    }
    Publication publication = Publication.of(facts);
    out.forEach(
        facts.fieldAccesses(),
        FieldAccess::range,
        access -> {
          String key = access.field().ownerQualifiedName() + "#" + access.field().name();
          ReflectiveFieldCall registration = registered.get(key);
          if (registration == null
              || access.field().atomic()
              || access.field().isFinal()
              || Exemptions.plainAccessAllowed(access, publication)) {
            return;
          }
          if (!access.field().isVolatile() || access.kind() == FieldAccess.Kind.COMPOUND) {
            out.report(
                access.range(),
                Messages.mixedAccessMode(
                    access, how.get(key), facts.source().line(registration.range().start())),
                null);
          }
        });
  }
}
