package org.jatomics.reviewer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.jatomics.reviewer.Jatomics.UsageException;

/**
 * {@code --diff-base REF}: the changes of the work tree against the merge base of {@code REF} and
 * {@code HEAD}, computed in-process with JGit (no {@code git} program is run). The unified diff it
 * writes goes through the same parser as {@code --diff}, so both options mean the same lines.
 */
final class DiffBase {
  private DiffBase() {}

  /**
   * The lines the work tree (in {@code folder}'s repository) adds or changes since the merge base
   * of {@code ref} and {@code HEAD}.
   *
   * @throws UsageException when {@code folder} is not in a git work tree or {@code ref} does not
   *     name a commit
   */
  static ChangedLines changedLines(Path folder, String ref) {
    try (Repository repository = open(folder);
        RevWalk walk = new RevWalk(repository);
        ObjectReader reader = repository.newObjectReader()) {
      RevCommit base = mergeBase(repository, walk, ref);
      CanonicalTreeParser baseTree = new CanonicalTreeParser();
      baseTree.reset(reader, base.getTree());
      ByteArrayOutputStream diff = new ByteArrayOutputStream();
      try (DiffFormatter formatter = new DiffFormatter(diff)) {
        formatter.setRepository(repository);
        formatter.setContext(0);
        // Only Java sources matter; this also keeps build output and binaries out of the diff.
        formatter.setPathFilter(PathSuffixFilter.create(".java"));
        formatter.format(formatter.scan(baseTree, new FileTreeIterator(repository)));
      }
      return ChangedLines.parse(new ByteArrayInputStream(diff.toByteArray()));
    } catch (IOException e) {
      throw new UsageException("--diff-base: cannot read the repository: " + e.getMessage());
    }
  }

  private static RevCommit mergeBase(Repository repository, RevWalk walk, String ref)
      throws IOException {
    ObjectId refId;
    ObjectId head;
    try {
      refId = repository.resolve(ref + "^{commit}");
      head = repository.resolve("HEAD^{commit}");
    } catch (org.eclipse.jgit.errors.RevisionSyntaxException
        | org.eclipse.jgit.errors.AmbiguousObjectException e) {
      throw new UsageException(
          "--diff-base: '" + ref + "' is not a valid revision: " + e.getMessage());
    }
    if (refId == null) {
      throw new UsageException(
          "--diff-base: '" + ref + "' names no commit in " + repository.getDirectory());
    }
    if (head == null) {
      throw new UsageException("--diff-base: the repository has no commit yet (HEAD)");
    }
    walk.setRevFilter(RevFilter.MERGE_BASE);
    walk.markStart(walk.parseCommit(refId));
    walk.markStart(walk.parseCommit(head));
    RevCommit base = walk.next();
    if (base == null) {
      throw new UsageException("--diff-base: '" + ref + "' and HEAD have no common ancestor");
    }
    return base;
  }

  /**
   * The content of {@code file} (a path in the work tree of {@code folder}'s repository) as the
   * commit {@code ref} has it: a pull request cannot switch its own gate off by editing the
   * configuration or the baseline, since with {@code --diff-base} those are read from the base.
   * Empty when the file is not in that commit, or lies outside the work tree.
   */
  static Optional<byte[]> readAtRef(Path folder, String ref, Path file) {
    try (Repository repository = open(folder);
        RevWalk walk = new RevWalk(repository)) {
      Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      Path absolute = file.toAbsolutePath().normalize();
      if (!absolute.startsWith(workTree) || absolute.equals(workTree)) {
        return Optional.empty();
      }
      String path =
          workTree.relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
      ObjectId commit = repository.resolve(ref + "^{commit}");
      if (commit == null) {
        throw new UsageException(
            "--diff-base: '" + ref + "' names no commit in " + repository.getDirectory());
      }
      try (TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
        if (tree == null || tree.getFileMode(0).getObjectType() != Constants.OBJ_BLOB) {
          return Optional.empty();
        }
        return Optional.of(repository.open(tree.getObjectId(0)).getBytes());
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof UsageException usage) {
        throw usage;
      }
      throw new UsageException(
          "--diff-base: cannot read " + file + " at " + ref + ": " + e.getMessage());
    }
  }

  /** The work tree enclosing {@code folder}. */
  static Path workTree(Path folder) {
    try (Repository repository = open(folder)) {
      return repository.getWorkTree().toPath().toAbsolutePath().normalize();
    } catch (IOException e) {
      throw new UsageException("--diff-base: cannot read the repository: " + e.getMessage());
    }
  }

  private static Repository open(Path folder) throws IOException {
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      throw new UsageException(
          "--diff-base: " + folder.toAbsolutePath() + " is not in a git work tree");
    }
    Repository repository = builder.build();
    if (repository.isBare()) {
      repository.close();
      throw new UsageException("--diff-base: " + repository.getDirectory() + " has no work tree");
    }
    return repository;
  }
}
