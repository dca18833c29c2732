# Included by tests/CMakeLists.txt when the build is sanitized (the asan
# preset). Sets the environment every test runs with; the programs a test
# starts (spawnai, the sandbox agent, the store writers) inherit it.
# README.md here says why each option and each suppression is there.
set(dir ${CMAKE_CURRENT_LIST_DIR})
set(SPAWNAI_SANITIZER_ENVIRONMENT
    # Off by default on Linux: catches a static's use before its constructor
    # ran, or after its destructor, across files.
    "ASAN_OPTIONS=check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0"
    "LSAN_OPTIONS=suppressions=${dir}/lsan.supp:print_suppressions=0"
    # A report ends the test with a stack; the build already makes every
    # undefined-behaviour check fatal (-fno-sanitize-recover=undefined).
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${dir}/ubsan.supp")
# ASan makes programs two to three times slower; the timeouts of the tests
# that wait for something (QTRY_*, QSignalSpy::wait) are generous already,
# CTest's own is doubled.
set(SPAWNAI_TEST_TIMEOUT 600)
