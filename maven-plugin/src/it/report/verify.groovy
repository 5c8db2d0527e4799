import groovy.json.JsonSlurper
def report = new JsonSlurper().parse(new File(basedir, 'target/reports/pomerium.json'))
assert report.summary.files == 1
assert report.diagnostics*.rule == ['unknown-key']
assert report.diagnostics[0].file == 'deploy/prod/pomerium-prod.yaml'
assert report.diagnostics[0].line == 2
