package org.jatomics.reviewer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
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
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      throw new UsageException("--diff-base: " + folder.toAbsolutePath() + " is not in a git work tree");
    }
    try (Repository repository = builder.build();
        RevWalk walk = new RevWalk(repository);
        ObjectReader reader = repository.newObjectReader()) {
      if (repository.isBare()) {
        throw new UsageException("--diff-base: " + repository.getDirectory() + " has no work tree");
      }
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

  private static RevCommit mergeBase(Repository repository, RevWalk walk, String ref) throws IOException {
    ObjectId refId;
    ObjectId head;
    try {
      refId = repository.resolve(ref + "^{commit}");
      head = repository.resolve("HEAD^{commit}");
    } catch (org.eclipse.jgit.errors.RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException e) {
      throw new UsageException("--diff-base: '" + ref + "' is not a valid revision: " + e.getMessage());
    }
    if (refId == null) {
      throw new UsageException("--diff-base: '" + ref + "' names no commit in " + repository.getDirectory());
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
}
