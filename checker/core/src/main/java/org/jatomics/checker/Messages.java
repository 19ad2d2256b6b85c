package org.jatomics.checker;

import static org.jatomics.checker.MessageTemplate.*;

import java.util.Locale;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.OrderedLoad;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.ValueUse;

/**
 * Chooses the message of every finding, in one place: which {@link MessageTemplate} fits and with
 * which arguments. The English lives in the templates; {@link MessageRenderer} renders it.
 */
public final class Messages {
  private Messages() {}

  /** The tearing remark for a plain access of a non-volatile long or double, else {@code ""}. */
  private static Object tearing(FieldRef field) {
    return field.type().kind().mayTear() && !field.isVolatile()
        ? Message.of(TEARING, field.type().kind().name().toLowerCase(Locale.ROOT))
        : "";
  }

  /**
   * NonAtomicAccess: a plain access of an {@code @Atomic} field; {@code instead} is the accessor
   * call to use, or for a {@code cmpxchg} loop the accessor class and capitalized field name.
   */
  public static Message nonAtomicAccess(FieldAccess access, String instead) {
    return nonAtomicAccess(access, (Object) instead);
  }

  /** NonAtomicAccess where the way out is a {@code cmpxchg} loop of {@code accessors.cmpxchgX}. */
  public static Message nonAtomicAccessNeedingLoop(
      FieldAccess access, String accessors, String capitalizedName) {
    return nonAtomicAccess(access, Message.of(CMPXCHG_LOOP, accessors, capitalizedName));
  }

  private static Message nonAtomicAccess(FieldAccess access, Object instead) {
    FieldRef f = access.field();
    return switch (access.kind()) {
      case READ -> Message.of(PLAIN_READ_OF_ATOMIC, f.name(), instead, tearing(f));
      case WRITE -> Message.of(PLAIN_WRITE_OF_ATOMIC, f.name(), instead, tearing(f));
      case COMPOUND ->
          Message.of(PLAIN_UPDATE_OF_ATOMIC, f.name(), instead, access.update().operator());
    };
  }

  /** MixedAccessMode: a plain access of a field that is also accessed atomically. */
  public static Message mixedAccessMode(
      FieldAccess access, KnownApis.Registration registration, int registrationLine) {
    FieldRef f = access.field();
    Message via =
        Message.of(
            switch (registration) {
              case VAR_HANDLE -> VIA_VAR_HANDLE;
              case FIELD_UPDATER -> VIA_FIELD_UPDATER;
              case UNSAFE_OFFSET -> VIA_UNSAFE_OFFSET;
              case VAR_HANDLE_FACTORY -> VIA_VAR_HANDLE_FACTORY;
              case OFFSET_HELPER -> VIA_OFFSET_HELPER;
            });
    if (f.isVolatile() && access.kind() == FieldAccess.Kind.COMPOUND) {
      return Message.of(
          VOLATILE_UPDATE_OF_REGISTERED,
          f.name(),
          via,
          registrationLine,
          access.update().operator());
    }
    Message plain =
        switch (access.kind()) {
          case READ -> Message.of(READ_PLAINLY);
          case WRITE -> Message.of(WRITTEN_PLAINLY);
          case COMPOUND -> Message.of(UPDATED_NON_ATOMICALLY, access.update().operator());
        };
    return Message.of(
        PLAIN_ACCESS_OF_REGISTERED, f.name(), via, registrationLine, plain, tearing(f));
  }

  /**
   * RelaxedDependentLoad: a relaxed load whose value needs dependency ordering; {@code written} is
   * the ordering argument as written.
   */
  public static Message relaxedDependentLoad(OrderedLoad load, ValueUse use, String written) {
    Message subject =
        load.field() == null
            ? Message.of(THIS_LOAD)
            : Message.of(LOAD_OF_FIELD, load.field().name());
    Message ordering =
        switch (load.ordering()) {
          case PLAIN -> Message.of(ORDERING_PLAIN_GET);
          case OPAQUE -> Message.of(ORDERING_OPAQUE);
          default -> Message.of(ORDERING_WRITTEN, written);
        };
    Message hint =
        Message.of(load.api() == OrderedLoad.Api.VAR_HANDLE ? USE_GET_ACQUIRE : USE_ACQUIRE);
    if (load.field() != null && load.field().consume() && use == null) {
      return Message.of(RELAXED_LOAD_OF_CONSUME, subject, ordering, load.field().name(), hint);
    }
    if (use != null && use.kind() == ValueUse.Kind.ARRAY_INDEX) {
      return Message.of(RELAXED_LOAD_USED_AS_INDEX, subject, ordering, hint);
    }
    return Message.of(RELAXED_LOAD_DEREFERENCED, subject, ordering, dereference(use), hint);
  }

  private static Message dereference(ValueUse use) {
    if (use == null) {
      return Message.of(USE_OTHER);
    }
    return switch (use.kind()) {
      case NON_FINAL_FIELD_READ -> Message.of(USE_FIELD_READ, use.name());
      case METHOD_CALL -> Message.of(USE_METHOD_CALL, use.name());
      case ARRAY_ELEMENT_READ -> Message.of(USE_ARRAY_ELEMENT_READ);
      case SEGMENT_OF_MEMORY_ACCESS -> Message.of(USE_SEGMENT);
      default -> Message.of(USE_OTHER);
    };
  }

  /** MissingSafetyComment: an unsafe operation nobody justified. */
  public static Message missingSafetyComment(String operation, String contract) {
    return Message.of(UNSAFE_WITHOUT_SAFETY_COMMENT, operation, contract);
  }

  /**
   * MissingSafetyComment in a thin wrapper without a contract (a method or constructor whose body
   * is the one statement around the operation); {@code wrapper} from {@link #wrapper}.
   */
  public static Message missingSafetyCommentInWrapper(
      String operation, String contract, Message wrapper) {
    return Message.of(UNSAFE_IN_WRAPPER_WITHOUT_CONTRACT, operation, contract, wrapper);
  }

  /** How messages name a thin wrapper: the method's name, or "the constructor". */
  public static Message wrapper(String method, boolean constructor) {
    return constructor ? Message.of(CONSTRUCTOR) : Message.of(WRAPPER_METHOD, method);
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
    return Message.of(BLANK_SAFETY_CONTRACT, element);
  }

  /** MissingSafetyContract: an override that drops the inherited contract. */
  public static Message overrideWithoutContract(
      String method, String overriddenOwner, String inheritedContract) {
    return Message.of(OVERRIDE_WITHOUT_CONTRACT, method, overriddenOwner, inheritedContract);
  }

  /** UnnecessarySafetyComment: a SAFETY comment that justifies nothing. */
  public static Message unnecessarySafetyComment(StatementRegion.Kind attachedTo) {
    return attachedTo.hasHeader()
        ? Message.of(SAFETY_COMMENT_ON_SAFE_HEADER, attachedTo.keyword())
        : Message.of(SAFETY_COMMENT_ON_SAFE_STATEMENT);
  }

  /** Any check: the front end or a rule failed on a piece of code. */
  public static Message internalFailure(CheckName check, String detail) {
    return Message.of(INTERNAL_FAILURE, check.name(), detail);
  }
}
