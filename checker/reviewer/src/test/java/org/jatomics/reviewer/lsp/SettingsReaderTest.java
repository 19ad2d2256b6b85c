package org.jatomics.reviewer.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jatomics.checker.CheckName;
import org.junit.jupiter.api.Test;

/** The settings example of docs/ide.md is what the server reads. */
class SettingsReaderTest {
  @Test
  void theGuidesSettingsExampleIsAccepted() throws IOException {
    String guide =
        Files.readString(
            Path.of(System.getProperty("jatomics.root", "../..")).resolve("docs/ide.md"));
    Matcher block =
        Pattern.compile("```json\\n\\s*(\\{\\s*\"jatomics\".*?)```", Pattern.DOTALL).matcher(guide);
    assertEquals(true, block.find(), "the settings example in docs/ide.md");
    Workspace.Settings settings = SettingsReader.read(JsonParser.parseString(block.group(1)));
    assertFalse(settings.checks().contains(CheckName.UnnecessarySafetyComment));
    assertEquals(1, settings.config().unsafeMethods().size(), settings.config().toString());
    assertEquals("https://docs.example.org/jatomics/", settings.config().docsUrl());
  }
}
