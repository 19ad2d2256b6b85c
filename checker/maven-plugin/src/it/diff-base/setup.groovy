// A git repository of its own: the base commit holds an old finding, the work tree adds a new one.
def git = { List<String> args ->
  def process = new ProcessBuilder(['git', '-c', 'user.name=it', '-c', 'user.email=it@example.org',
      '-c', 'commit.gpgsign=false'] + args).directory(basedir).redirectErrorStream(true).start()
  def output = process.inputStream.text
  assert process.waitFor() == 0 : output
}
git(['init', '-q'])
git(['add', '.'])
git(['commit', '-q', '-m', 'base'])
def counter = new File(basedir, 'src/main/java/demo/Counter.java')
counter.text = counter.text.replace('  }\n}', '  }\n\n  void decrement() {\n    count--; // new in the change\n  }\n}')
return true // a hook's value is its verdict
