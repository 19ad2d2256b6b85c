package org.jatomics.reviewer.frontend;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Checks;
import org.jatomics.checker.Config;
import org.jatomics.checker.Finding;
import org.jatomics.checker.model.UnitFacts;

/** In-memory sources for front-end tests: index them all, then extract one file's facts. */
final class Sources {
  private final Map<String, String> files = new LinkedHashMap<>();
  private Config config = Config.DEFAULT;

  Sources file(String path, String text) {
    files.put(path, text);
    return this;
  }

  Sources config(Config config) {
    this.config = config;
    return this;
  }

  static CompilationUnit parse(String text) {
    return new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25))
        .parse(text)
        .getResult()
        .orElseThrow();
  }

  UnitFacts facts(String path) {
    TypeIndex index = new TypeIndex();
    files.values().forEach(text -> index.add(parse(text)));
    return new FactExtractor(index, config).extract(path, files.get(path), parse(files.get(path)));
  }

  /** The findings in {@code path} as "line:Check" strings. */
  List<String> findings(String path) {
    List<String> result = new ArrayList<>();
    for (Finding f : Checks.run(facts(path), config, EnumSet.allOf(CheckName.class))) {
      result.add(f.start().line() + ":" + f.check().name());
    }
    return result;
  }
}
