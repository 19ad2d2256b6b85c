package org.jatomics.reviewer.frontend;

import com.github.javaparser.utils.StringEscapeUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jatomics.reviewer.frontend.Declarations.AnnotationUse;
import org.jatomics.reviewer.frontend.Declarations.FieldDecl;
import org.jatomics.reviewer.frontend.Declarations.Kind;
import org.jatomics.reviewer.frontend.Declarations.MethodDecl;
import org.jatomics.reviewer.frontend.Declarations.TypeDecl;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The types of a class path ({@code --classpath}: jars and class folders), read from their class
 * files with ASM, as the same {@link TypeDecl}s the {@link TypeIndex} keeps for source files: a
 * receiver declared in a library ({@code UnsafeAccess.UNSAFE} from Agrona's jar) then resolves to
 * its type ({@code sun.misc.Unsafe}) instead of being counted as unresolved (contract section 9).
 *
 * <p>Opening the class path reads only the jars' directories (which names they hold); a class file
 * is read the first time a name resolves to it, once, and only its declarations (no code). Names
 * are canonical, as in source ({@code p.Outer.Inner}; a class file's {@code InnerClasses} attribute
 * says which {@code $} is a nesting). The first entry of the path that holds a class wins, as on
 * javac's class path. A class file that cannot be read is treated as absent; nothing is loaded or
 * run.
 */
public final class ClassPathTypes {
  /** No class path. */
  public static final ClassPathTypes NONE = new ClassPathTypes(Map.of());

  /** Class files larger than this are not read (no real class comes near it). */
  private static final long MAX_CLASS_FILE_BYTES = 16L << 20;

  /** Where each class file is: its entry name ({@code p/Outer$Inner.class}) to its container. */
  private final Map<String, Path> containers;

  private final Map<String, Optional<TypeDecl>> read = new ConcurrentHashMap<>();

  private ClassPathTypes(Map<String, Path> containers) {
    this.containers = containers;
  }

  /**
   * Opens a class path: jar (or zip) files and folders of class files, in order.
   *
   * @throws IllegalArgumentException naming the entry, when an entry does not exist or is neither a
   *     folder nor a readable jar
   */
  public static ClassPathTypes open(List<Path> entries) {
    if (entries.isEmpty()) {
      return NONE;
    }
    Map<String, Path> containers = new HashMap<>();
    for (Path entry : entries) {
      if (Files.isDirectory(entry)) {
        try (Stream<Path> files = Files.walk(entry)) {
          files
              .filter(f -> f.toString().endsWith(".class") && Files.isRegularFile(f))
              .forEach(
                  f ->
                      containers.putIfAbsent(
                          entry
                              .relativize(f)
                              .toString()
                              .replace(f.getFileSystem().getSeparator(), "/"),
                          entry));
        } catch (IOException | UncheckedIOException e) {
          throw new IllegalArgumentException(
              "cannot read the folder " + entry + ": " + e.getMessage());
        }
      } else if (Files.isRegularFile(entry)) {
        try (ZipFile jar = new ZipFile(entry.toFile())) {
          jar.stream()
              .map(ZipEntry::getName)
              .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
              .forEach(n -> containers.putIfAbsent(n, entry));
        } catch (ZipException e) {
          throw new IllegalArgumentException(entry + " is not a jar: " + e.getMessage());
        } catch (IOException e) {
          throw new IllegalArgumentException("cannot read " + entry + ": " + e.getMessage());
        }
      } else {
        throw new IllegalArgumentException("no such jar or folder: " + entry);
      }
    }
    return new ClassPathTypes(Map.copyOf(containers));
  }

  /** Whether the class path holds no class. */
  public boolean isEmpty() {
    return containers.isEmpty();
  }

  /** The type named {@code canonicalName} ({@code p.Outer.Inner}) on the class path, if any. */
  public Optional<TypeDecl> type(String canonicalName) {
    if (containers.isEmpty() || canonicalName == null || canonicalName.isEmpty()) {
      return Optional.empty();
    }
    return read.computeIfAbsent(canonicalName, this::find);
  }

  private Optional<TypeDecl> find(String canonicalName) {
    // p.Outer.Inner is p/Outer$Inner.class: try the dots from the right as nesting separators.
    String binary = canonicalName.replace('.', '/');
    for (int nesting = 0; nesting < 8; nesting++) {
      String entry = binary + ".class";
      Path container = containers.get(entry);
      if (container != null) {
        Optional<TypeDecl> type = read(container, entry);
        // A $ that is part of a top-level name is no nesting: the class file says which it is.
        return type.filter(t -> t.qualifiedName().equals(canonicalName));
      }
      int slash = binary.lastIndexOf('/');
      if (slash < 0) {
        break;
      }
      binary = binary.substring(0, slash) + "$" + binary.substring(slash + 1);
    }
    return Optional.empty();
  }

  private static Optional<TypeDecl> read(Path container, String entry) {
    try {
      byte[] bytes;
      if (Files.isDirectory(container)) {
        Path file = container.resolve(entry);
        if (Files.size(file) > MAX_CLASS_FILE_BYTES) {
          return Optional.empty();
        }
        bytes = Files.readAllBytes(file);
      } else {
        try (ZipFile jar = new ZipFile(container.toFile())) {
          ZipEntry zipEntry = jar.getEntry(entry);
          if (zipEntry == null || zipEntry.getSize() > MAX_CLASS_FILE_BYTES) {
            return Optional.empty();
          }
          try (InputStream in = jar.getInputStream(zipEntry)) {
            bytes = in.readNBytes((int) MAX_CLASS_FILE_BYTES + 1);
          }
        }
      }
      if (bytes.length > MAX_CLASS_FILE_BYTES) {
        return Optional.empty();
      }
      Declared declared = new Declared();
      new ClassReader(bytes)
          .accept(
              declared, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      return Optional.ofNullable(declared.type());
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a damaged or unsupported class file: as if it were not there
    }
  }

  /** Collects one class file's declarations. */
  private static final class Declared extends ClassVisitor {
    private String binaryName;
    private int access;
    private String superName;
    private String[] interfaces = new String[0];
    private final Map<String, String> nestedNames = new HashMap<>();
    private boolean hasOuterInstance;
    private boolean synthetic;
    private final List<AnnotationUse> annotations = new ArrayList<>();
    private final List<PendingField> fields = new ArrayList<>();
    private final List<PendingMethod> methods = new ArrayList<>();

    private record PendingField(
        String name,
        String descriptor,
        int access,
        Object value,
        List<AnnotationUse> annotations) {}

    private record PendingMethod(
        String name, String descriptor, int access, List<AnnotationUse> annotations) {}

    Declared() {
      super(Opcodes.ASM9);
    }

    @Override
    public void visit(
        int version,
        int access,
        String name,
        String signature,
        String superName,
        String[] interfaces) {
      this.binaryName = name;
      this.access = access;
      this.superName = superName;
      this.interfaces = interfaces == null ? new String[0] : interfaces;
      this.synthetic = (access & Opcodes.ACC_SYNTHETIC) != 0 || name.equals("module-info");
    }

    @Override
    public void visitInnerClass(String name, String outerName, String innerName, int access) {
      if (outerName != null && innerName != null) {
        nestedNames.put(name, outerName + "." + innerName); // outer's own name resolved later
        if (name.equals(binaryName)) {
          hasOuterInstance =
              (access & (Opcodes.ACC_STATIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ENUM)) == 0;
        }
      } else {
        nestedNames.putIfAbsent(name, null); // local or anonymous: no canonical name
      }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      return annotation(descriptor, annotations);
    }

    @Override
    public FieldVisitor visitField(
        int access, String name, String descriptor, String signature, Object value) {
      if ((access & Opcodes.ACC_SYNTHETIC) != 0) {
        return null;
      }
      List<AnnotationUse> own = new ArrayList<>();
      fields.add(new PendingField(name, descriptor, access, value, own));
      return new FieldVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          return Declared.this.annotation(annotation, own);
        }
      };
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      if ((access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0 || name.equals("<clinit>")) {
        return null;
      }
      List<AnnotationUse> own = new ArrayList<>();
      methods.add(new PendingMethod(name, descriptor, access, own));
      return new MethodVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
          return Declared.this.annotation(annotation, own);
        }
      };
    }

    /** Records an annotation with its {@code value} when that is a string. */
    private AnnotationVisitor annotation(String descriptor, List<AnnotationUse> into) {
      String name = canonical(Type.getType(descriptor));
      int index = into.size();
      into.add(new AnnotationUse(name, null, null));
      return new AnnotationVisitor(Opcodes.ASM9) {
        @Override
        public void visit(String element, Object value) {
          if ("value".equals(element) && value instanceof String text) {
            into.set(index, new AnnotationUse(name, text, literal(text)));
          }
        }
      };
    }

    /** The declarations read, or null for a class without a canonical name. */
    TypeDecl type() {
      if (binaryName == null || synthetic) {
        return null;
      }
      String qualifiedName = canonical(binaryName);
      if (qualifiedName == null) {
        return null;
      }
      Kind kind;
      if ((access & Opcodes.ACC_ANNOTATION) != 0) {
        kind = Kind.ANNOTATION;
      } else if ((access & Opcodes.ACC_INTERFACE) != 0) {
        kind = Kind.INTERFACE;
      } else if ((access & Opcodes.ACC_ENUM) != 0) {
        kind = Kind.ENUM;
      } else if ("java/lang/Record".equals(superName)) {
        kind = Kind.RECORD;
      } else {
        kind = Kind.CLASS;
      }
      List<String> superTypes = new ArrayList<>();
      if (superName != null
          && !superName.equals("java/lang/Object")
          && kind != Kind.ENUM
          && kind != Kind.RECORD) {
        superTypes.add(canonical(superName));
      }
      for (String implemented : interfaces) {
        if (kind != Kind.ANNOTATION) {
          superTypes.add(canonical(implemented));
        }
      }
      superTypes.removeIf(t -> t == null);
      Map<String, FieldDecl> declaredFields = new LinkedHashMap<>();
      for (PendingField field : fields) {
        String type = canonical(Type.getType(field.descriptor()));
        boolean isFinal = (field.access() & Opcodes.ACC_FINAL) != 0;
        declaredFields.put(
            field.name(),
            new FieldDecl(
                field.name(),
                type,
                type,
                (field.access() & Opcodes.ACC_STATIC) != 0,
                isFinal,
                (field.access() & Opcodes.ACC_VOLATILE) != 0,
                List.copyOf(field.annotations()),
                isFinal && field.value() instanceof String text ? literal(text) : null,
                null));
      }
      List<MethodDecl> declaredMethods = new ArrayList<>();
      for (PendingMethod method : methods) {
        List<String> parameters = new ArrayList<>();
        for (Type parameter : Type.getArgumentTypes(method.descriptor())) {
          parameters.add(canonical(parameter));
        }
        boolean constructor = method.name().equals("<init>");
        if (constructor && hasOuterInstance && !parameters.isEmpty()) {
          parameters.remove(0); // the enclosing instance javac passes first
        }
        if (constructor && kind == Kind.ENUM && parameters.size() >= 2) {
          parameters.subList(0, 2).clear(); // the constant's name and ordinal
        }
        if (parameters.contains(null)) {
          continue;
        }
        declaredMethods.add(
            new MethodDecl(
                method.name(),
                List.copyOf(parameters),
                (method.access() & Opcodes.ACC_VARARGS) != 0,
                constructor ? "void" : canonical(Type.getReturnType(method.descriptor())),
                (method.access() & Opcodes.ACC_STATIC) != 0,
                List.copyOf(method.annotations())));
      }
      String pkg = packageOf(binaryName);
      return new TypeDecl(
          TypeRef.of(qualifiedName),
          kind,
          new ImportScope(pkg, Map.of(), List.of("java.lang"), Map.of(), List.of(), List.of()),
          List.copyOf(annotations),
          List.copyOf(superTypes),
          Map.copyOf(declaredFields),
          List.copyOf(declaredMethods),
          hasOuterInstance);
    }

    /** The canonical name of a type ({@code int}, {@code p.Outer.Inner[]}), or null. */
    private String canonical(Type type) {
      return switch (type.getSort()) {
        case Type.ARRAY -> {
          String element = canonical(type.getElementType());
          yield element == null ? null : element + "[]".repeat(type.getDimensions());
        }
        case Type.OBJECT -> canonical(type.getInternalName());
        default -> type.getClassName(); // primitives and void
      };
    }

    /**
     * The canonical name of a class named in this class file: nested classes through the {@code
     * InnerClasses} entries (which the JVMS requires for every nested class a class file names),
     * other {@code $}s kept; null for local and anonymous classes.
     */
    private String canonical(String internalName) {
      String result = internalName;
      StringBuilder suffix = new StringBuilder();
      for (int depth = 0; depth < 16; depth++) {
        if (!nestedNames.containsKey(result)) {
          return result.replace('/', '.') + suffix;
        }
        String nested = nestedNames.get(result);
        if (nested == null) {
          return null;
        }
        int dot = nested.lastIndexOf('.');
        suffix.insert(0, "." + nested.substring(dot + 1));
        result = nested.substring(0, dot);
      }
      return null;
    }

    private static String packageOf(String internalName) {
      int slash = internalName.lastIndexOf('/');
      return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    }
  }

  /** A string as a Java literal, as the index keeps constant initializers. */
  private static String literal(String value) {
    return "\"" + StringEscapeUtils.escapeJava(value) + "\"";
  }
}
