// The build failed (invoker.properties); check that it failed for the right reason and says so readably.
def log = new File(basedir, 'build.log').text
def expect = { String text ->
    if (!log.contains(text)) {
        throw new AssertionError("build.log does not contain: " + text)
    }
}
expect("home-visit-checklist-v2.json:39:17: /groups/1/items/1/id: [duplicate-id] item id 'hopes' is already used at groups[0].items[0]; expected ids unique within the checklist")
expect("Tests run: 2, Failures: 1, Errors: 0, Skipped: 0")
if (log.contains("NullPointerException") || log.contains("IllegalStateException")) {
    throw new AssertionError("the failure must be the located problem, not an exception from inside the kit")
}
if (log.contains("HV000001")) {
    throw new AssertionError("Hibernate Validator's start-up banner reached the console; the library keeps it quiet")
}
return true
