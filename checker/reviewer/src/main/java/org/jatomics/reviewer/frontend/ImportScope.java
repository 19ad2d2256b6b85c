package org.jatomics.reviewer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the names of one compilation unit can refer to without a class path: its package, its
 * single-type and on-demand imports, and its static imports. Shared by every type the file
 * declares; small (only strings).
 *
 * @param packageName the package, {@code ""} for the unnamed package
 * @param singleTypes simple name to qualified name, from {@code import p.T;}
 * @param onDemandPackages packages (or types) from {@code import p.*;}, plus {@code java.lang}
 * @param staticMembers member name to its owner type, from {@code import static p.T.m;} (a static
 *     import names its owner by canonical name, so the name is the type)
 * @param staticOnDemand owner types from {@code import static p.T.*;}
 * @param modules modules from {@code import module m;}
 */
public record ImportScope(
    String packageName,
    Map<String, String> singleTypes,
    List<String> onDemandPackages,
    Map<String, TypeRef> staticMembers,
    List<TypeRef> staticOnDemand,
    List<String> modules) {

  /** Reads the package and import declarations of {@code unit}. */
  public static ImportScope of(CompilationUnit unit) {
    String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    Map<String, String> singleTypes = new HashMap<>();
    List<String> onDemand = new ArrayList<>();
    Map<String, TypeRef> staticMembers = new HashMap<>();
    List<TypeRef> staticOnDemand = new ArrayList<>();
    List<String> modules = new ArrayList<>();
    for (ImportDeclaration declaration : unit.getImports()) {
      String name = declaration.getNameAsString();
      if (declaration.isModule()) {
        modules.add(name);
      } else if (declaration.isStatic() && declaration.isAsterisk()) {
        staticOnDemand.add(TypeRef.of(name));
      } else if (declaration.isStatic()) {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
          staticMembers.put(name.substring(dot + 1), TypeRef.of(name.substring(0, dot)));
        }
      } else if (declaration.isAsterisk()) {
        onDemand.add(name);
      } else {
        singleTypes.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
    onDemand.add("java.lang");
    return new ImportScope(
        pkg,
        Map.copyOf(singleTypes),
        List.copyOf(onDemand),
        Map.copyOf(staticMembers),
        List.copyOf(staticOnDemand),
        List.copyOf(modules));
  }

  /** {@code simpleName} qualified with this file's package. */
  public String inPackage(String simpleName) {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }
}
