// SPDX-License-Identifier: MIT
#pragma once

class SessionStore;

// A test hook, inert unless SPAWNAI_CRASH_TEST_STOP_AFTER names a session
// status (queued, generating, … updating). Then the process stops itself
// (SIGSTOP) the moment that status is committed to the journal, before the
// step it announces is acted on, so a test can SIGKILL it at exactly that
// step (tests/app/test_cli_crashsteps.cpp, docs/store.md).
namespace CrashTestHook {
// Reads the variable (once: call it once, at start-up) and, when it is set,
// watches `store`.
void install(SessionStore *store);
} // namespace CrashTestHook
