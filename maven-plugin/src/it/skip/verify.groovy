def log = new File(basedir, 'build.log').text
assert log.contains('Skipping pomerium-lint because skip is true (pomerium.skip)')
assert !log.contains('[duplicate-key]')
