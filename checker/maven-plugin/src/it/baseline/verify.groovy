def log = new File(basedir, 'build.log').text // the last invocation's
def baseline = new File(basedir, 'jatomics-baseline.json')
assert baseline.isFile()
assert new groovy.json.JsonSlurper().parse(baseline).toString().contains('NonAtomicAccess')
assert log.contains('[INFO] jatomics: no findings in 1 file')
assert log.contains('BUILD SUCCESS')
