// The build failed because of the finding, said so with the count, listed it as path:line:column,
// and still wrote the SARIF report (CI uploads it after a red build).
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] (\S*\/)?src\/main\/java\/demo\/Counter\.java:9:5: \[NonAtomicAccess\] /
assert log.contains('jatomics review: 1 finding at or above failOn=warning (1 error, 0 warnings in 1 file)')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/jatomics.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.ruleId == ['NonAtomicAccess']
