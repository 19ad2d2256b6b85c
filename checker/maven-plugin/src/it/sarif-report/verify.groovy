def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] (\S*\/)?src\/main\/java\/demo\/Counter\.java:9:5: \[NonAtomicAccess\] /
assert log.contains('BUILD SUCCESS')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/jatomics-review.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results[0]
assert result.ruleId == 'NonAtomicAccess'
assert result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri.endsWith('src/main/java/demo/Counter.java')
assert result.locations[0].physicalLocation.region.startLine == 9
