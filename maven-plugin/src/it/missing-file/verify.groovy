def log = new File(basedir, 'build.log').text
assert log =~ /pomerium-lint: .*config.pomerium\.yaml \(from files\) does not exist or is not a file/
