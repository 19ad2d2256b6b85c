// The two builds are the last two in build.log (a build without `clean` appends), each starting
// with -V's "Apache Maven" banner.
def log = new File(basedir, 'build.log').text
def runs = log.split(/Apache Maven \d/).findAll { it.contains('Java version:') }
assert runs.size() >= 2 : "expected two builds in build.log:\n${log}"
def (jdk25, jdk17) = runs[-2..-1]

// JDK 25: the profile is active, Error Prone runs the checks (a warning, not an error: the
// README's configuration has no -Werror), the processor generates, the build passes.
assert jdk25 =~ /Java version: 2[5-9]/
assert jdk25 =~ /Doubler\.java:\[6,\d+\] \[UnnecessarySafetyComment\]/
assert jdk25.contains('BUILD SUCCESS')

// JDK 17: everything is compiled again, without Error Prone, and passes.
assert jdk17 =~ /Java version: 17\./
assert jdk17 =~ /Compiling 2 source files/
assert !jdk17.contains('UnnecessarySafetyComment')
assert jdk17.contains('BUILD SUCCESS')
assert new File(basedir, 'target/classes/demo/CounterAtomics.class').isFile()
