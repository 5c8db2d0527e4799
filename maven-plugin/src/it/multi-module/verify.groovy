def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('thread-safe')
assert log.count('pomerium-lint: no problems found in 1 file') == 2
assert log.contains('nothing to lint')
