# Included by tests/CMakeLists.txt when the build is sanitized (the asan
# preset). Sets the environment every test runs with; the programs a test
# starts (spawnai, the sandbox agent, the store writers) inherit it.
# README.md here says why each option and each suppression is there.
set(dir ${CMAKE_CURRENT_LIST_DIR})
# Reports go to files here as well as failing the program: a report in a
# program a test starts (spawnai, the sandbox agent) may not fail the test,
# so tests/sanitizers/run.sh fails when this folder is not empty.
set(reports ${PROJECT_BINARY_DIR}/sanitizer-reports)
file(MAKE_DIRECTORY ${reports})
set(SPAWNAI_SANITIZER_ENVIRONMENT
    # check_initialization_order, strict_init_order: off by default on
    # Linux; catch a static used before its constructor ran, across files.
    "ASAN_OPTIONS=check_initialization_order=1:strict_init_order=1:log_path=${reports}/asan"
    "LSAN_OPTIONS=suppressions=${dir}/lsan.supp:print_suppressions=0"
    # A report ends the program with a stack; the build already makes every
    # undefined-behaviour check fatal (-fno-sanitize-recover=undefined).
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${dir}/ubsan.supp:log_path=${reports}/ubsan")
# ASan makes programs two to three times slower; the timeouts of the tests
# that wait for something (QTRY_*, QSignalSpy::wait) are generous already,
# CTest's own is doubled.
set(SPAWNAI_TEST_TIMEOUT 600)
