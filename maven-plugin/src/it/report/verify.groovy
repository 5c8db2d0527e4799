import groovy.json.JsonSlurper
def sarif = new JsonSlurper().parse(new File(basedir, 'target/reports/pomerium.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results*.ruleId == ['unknown-key']
def location = results[0].locations[0].physicalLocation
assert location.artifactLocation.uri == 'deploy/prod/pomerium-prod.yaml'
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.region.startLine == 2
assert results[0].partialFingerprints
assert sarif.runs[0].tool.driver.rules*.id.contains('unknown-key')
