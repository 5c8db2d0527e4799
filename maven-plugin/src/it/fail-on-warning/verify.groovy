def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] pomerium\.yaml:2:1 \[unknown-key\] .*idp_provider_ulr/
assert log.contains('pomerium-lint: 0 errors, 1 warning, 0 info in 1 file (failOn = warning)')
