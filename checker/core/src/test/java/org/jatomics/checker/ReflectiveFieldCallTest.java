package org.jatomics.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.jatomics.checker.model.ReflectiveFieldCall;
import org.jatomics.checker.model.ReflectiveFieldCall.Argument;
import org.jatomics.checker.model.ReflectiveFieldCall.Argument.ClassLiteral;
import org.jatomics.checker.model.ReflectiveFieldCall.Argument.DeclaredField;
import org.jatomics.checker.model.ReflectiveFieldCall.Argument.StringConstant;
import org.jatomics.checker.model.ReflectiveFieldCall.NamedField;
import org.junit.jupiter.api.Test;

/** Which field a reflective call names: the pairing both front ends rely on. */
class ReflectiveFieldCallTest {
  private static final Argument QUEUE = new ClassLiteral("p.Queue");
  private static final Argument NODE = new ClassLiteral("p.Node");
  private static final Argument HEAD = new StringConstant("head");

  @Test
  void findVarHandleNamesTheOwnerBeforeTheName() {
    assertEquals(
        named(0, "p.Queue", "head"), ReflectiveFieldCall.namedField(List.of(QUEUE, HEAD, NODE)));
  }

  @Test
  void aClassLiteralAfterTheNameIsTheFieldsTypeNotItsOwner() {
    // findStaticVarHandle(clazz, "FACTORY", Factory.class): the owner is not a literal
    assertEquals(
        Optional.empty(),
        ReflectiveFieldCall.namedField(
            List.of(Argument.OTHER, new StringConstant("FACTORY"), NODE)));
  }

  @Test
  void getDeclaredFieldNamesOwnerAndField() {
    assertEquals(
        named(1, "p.Queue", "head"),
        ReflectiveFieldCall.namedField(
            List.of(Argument.OTHER, new DeclaredField("p.Queue", "head"))));
  }

  @Test
  void anUnresolvableClassGivesNoField() {
    assertEquals(
        Optional.empty(), ReflectiveFieldCall.namedField(List.of(new ClassLiteral(null), HEAD)));
    assertEquals(
        Optional.empty(), ReflectiveFieldCall.namedField(List.of(new DeclaredField(null, "head"))));
  }

  @Test
  void aNameWithoutClassOrAClassWithoutNameGivesNoField() {
    assertEquals(Optional.empty(), ReflectiveFieldCall.namedField(List.of(HEAD)));
    assertEquals(Optional.empty(), ReflectiveFieldCall.namedField(List.of(QUEUE, Argument.OTHER)));
    assertEquals(
        Optional.empty(),
        ReflectiveFieldCall.namedField(List.of(new DeclaredField("p.Queue", null))));
  }

  private static Optional<NamedField> named(int index, String owner, String field) {
    return Optional.of(new NamedField(index, owner, field));
  }
}
