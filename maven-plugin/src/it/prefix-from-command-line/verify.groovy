def log = new File(basedir, 'build.log').text
assert log =~ /--- pomerium:[^:]+:validate \(default-cli\) @ prefix-from-command-line ---/
assert log.contains('pomerium-lint: no problems found in 1 file')
// the help goal describes validate
assert log =~ /pomerium:validate\s+Lints the project's Pomerium config files/
