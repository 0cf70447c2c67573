// The downstream suite passed; check that every feature's test ran and that the library stayed quiet.
def log = new File(basedir, 'build.log').text
['RubricFilesTest', 'StorageRoundTripTest', 'ImportRefusesDefectsTest', 'PinnedFixturesTest',
 'ResultAssertionsTest'].each { test ->
    if (!(log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [^\n]* in com\.example\.sis\.${test}/)) {
        throw new AssertionError("build.log shows no passing run of " + test)
    }
}
if (log.contains("HV000001")) {
    throw new AssertionError("Hibernate Validator's start-up banner reached the console; the library keeps it quiet")
}
return true
