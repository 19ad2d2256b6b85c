package org.jatomics.reviewer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jatomics.reviewer.report.FileProblem;

/**
 * The first stage of a review: which files ({@link SourceFiles}), whether they may be read ({@link
 * InputPolicy}: regular files only, no symbolic links unless asked, a size limit) and their text
 * ({@link SourceDecoder}). A file that cannot be read is reported with the reason, never skipped.
 */
final class SourceReader {
  private final InputPolicy inputs;
  private final Charset encoding;
  private final ReportedPaths paths;

  /**
   * A reader under {@code inputs}.
   *
   * @param inputs which files may be read, and how much of them
   * @param encoding the charset of {@code --encoding}, or null to detect it per file
   * @param paths how problems name the files
   */
  SourceReader(InputPolicy inputs, Charset encoding, ReportedPaths paths) {
    this.inputs = inputs;
    this.encoding = encoding;
    this.paths = paths;
  }

  /**
   * The sources under {@code roots}, sorted, without those {@code excludes} matches.
   *
   * @throws NoSuchFileException when a root does not exist
   */
  List<Path> find(List<Path> roots, Excludes excludes) throws NoSuchFileException {
    return SourceFiles.collect(roots, inputs.followSymlinks(), excludes);
  }

  /**
   * The decoded text of {@code file}.
   *
   * @throws UnanalysableFile when the policy refuses it, it cannot be read or is not valid text in
   *     the charset asked for
   */
  String read(Path file) throws UnanalysableFile {
    try {
      return SourceDecoder.decode(inputs.read(file), encoding);
    } catch (InputPolicy.Refused e) {
      throw problem(file, e.getMessage());
    } catch (CharacterCodingException e) {
      throw problem(file, "not valid " + encoding + " text");
    } catch (IOException | RuntimeException e) {
      throw problem(file, "cannot be read: " + Failures.describe(e));
    }
  }

  private UnanalysableFile problem(Path file, String message) {
    return new UnanalysableFile(new FileProblem(paths.of(file), 1, 1, message));
  }
}
