// The consumer's build passed; check that its tests ran and that every artifact of ours came through the BOM.
def log = new File(basedir, 'build.log').text
if (!(log =~ /Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [^\n]* in com\.example\.lms\.EngagementReportsTest/)) {
    throw new AssertionError("build.log shows no passing run of EngagementReportsTest")
}
def pom = new File(basedir, 'pom.xml').text
def versions = (pom =~ /<artifactId>(rubric-[a-z]+)<\/artifactId>\s*<version>/).collect { it[1] }
if (versions != ['rubric-bom']) {
    throw new AssertionError("only the BOM may name a version of ours, found versions for " + versions)
}
return true
