def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] jatomics: no findings in 1 file')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/jatomics-review.text').exists() // text goes to the log only
