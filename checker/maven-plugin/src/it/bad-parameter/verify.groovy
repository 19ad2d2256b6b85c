def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] Failed to execute goal org.jatomics:jatomics-maven-plugin:")
assert log.contains("jatomics review: failOn: 'sometimes' is not one of error, warning, never")
assert !log.contains('--fail-on')        // named as the POM names it
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)  // a message, no stack trace
