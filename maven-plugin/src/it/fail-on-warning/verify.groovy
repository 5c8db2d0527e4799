import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] pomerium\.yaml:2:1 \[unknown-key\] .*idp_provider_ulr/
assert log.contains('pomerium-lint: 0 errors, 1 warning, 0 info in 1 file (failOn = warning)')
// the first run asked for JSON, which goes to its own default file beside the SARIF one
def json = new JsonSlurper().parse(new File(basedir, 'target/pomerium-lint.json'))
assert json.diagnostics*.rule == ['unknown-key']
assert new File(basedir, 'target/pomerium-lint.sarif').isFile()
