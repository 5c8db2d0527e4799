def log = new File(basedir, 'build.log').text
assert log.contains('pomerium-lint: no problems found in 1 file')
assert new File(basedir, 'target/pomerium-lint.json').text.contains('"errors" : 0')
