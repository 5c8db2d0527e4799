def log = new File(basedir, 'build.log').text
// a project property reached the linter as the variable IDP_QPS (removed in Pomerium; a warning)
assert log =~ /\[WARNING\] env:IDP_QPS:\d+:\d+ \[removed-key\]/
assert !log.contains('s3cr3t-never-printed')
