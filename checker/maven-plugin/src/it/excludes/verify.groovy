def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] jatomics: no findings in 1 file') // demo/Counter.java only
assert !log.contains('NonAtomicAccess')
assert log.contains('BUILD SUCCESS')
