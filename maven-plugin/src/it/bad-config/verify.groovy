def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] pomerium.yaml:3:1 [duplicate-key] key 'address' is already defined at line 2")
assert log.contains('[ERROR]     hint: remove one of the two')
assert log =~ /Failed to execute goal .*pomerium-maven-plugin.*:validate .*: pomerium-lint: 1 error, 0 warnings, 0 info in 1 file \(failOn = error\)/
