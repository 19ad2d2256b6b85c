def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/java/demo/Counter.java:13:5: [NonAtomicAccess] ') // the changed line
assert !log.contains('Counter.java:9:5')                                                // the old one
assert log.contains('jatomics review: 1 finding at or above failOn=error')
