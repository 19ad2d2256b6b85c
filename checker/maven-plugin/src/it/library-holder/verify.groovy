// The holder module passed; the app module failed on the call through the holder's UNSAFE, which
// the reviewer resolved from the compile class path (the holder's jar or classes) rather than
// counting it as a call it could not resolve.
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[WARNING\] (\S*\/)?app\/src\/main\/java\/demo\/Reader\.java:7:38: \[MissingSafetyComment\] /
assert log.contains('jatomics review: 1 finding at or above failOn=warning')
assert log =~ /(?m)on project app: jatomics review: 1 finding/
assert !log.contains('could not be resolved') // without the class path: '1 call on a receiver that may be Unsafe could not be resolved'
