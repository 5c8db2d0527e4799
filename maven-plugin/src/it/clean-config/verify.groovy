import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('pomerium-lint: no problems found in 2 files')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/pomerium-lint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results == []
