// SPDX-License-Identifier: MIT
#include "migration.h"

namespace {
// Timestamps are UTC ISO-8601 text with milliseconds ("2024-05-01T09:30:00.125Z"):
// readable in the sqlite3 shell and, with the fixed width, ordered as text.
Migration initialSchema()
{
    return {1, QStringLiteral("sessions, timeline, app versions, usage"), {
        QStringLiteral(R"(CREATE TABLE sessions (
            id TEXT PRIMARY KEY NOT NULL,
            prompt TEXT NOT NULL,
            app_type TEXT NOT NULL,
            provider TEXT NOT NULL DEFAULT '',
            model TEXT NOT NULL DEFAULT '',
            template_name TEXT NOT NULL DEFAULT '',
            sandbox_kind TEXT NOT NULL DEFAULT 'local',
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            expires_at TEXT,
            app_url TEXT,
            sandbox_id TEXT,
            error_kind TEXT,
            error_message TEXT,
            error_retryable INTEGER NOT NULL DEFAULT 0,
            estimated_cost REAL NOT NULL DEFAULT 0,
            actual_cost REAL NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX idx_sessions_status ON sessions(status)"),
        QStringLiteral("CREATE INDEX idx_sessions_created_at ON sessions(created_at)"),
        QStringLiteral("CREATE INDEX idx_sessions_updated_at ON sessions(updated_at)"),
        QStringLiteral("CREATE INDEX idx_sessions_expires_at ON sessions(expires_at)"),

        QStringLiteral(R"(CREATE TABLE session_events (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            time TEXT NOT NULL,
            kind TEXT NOT NULL,
            from_status TEXT,
            to_status TEXT,
            detail TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX idx_session_events_session ON session_events(session_id, id)"),

        QStringLiteral(R"(CREATE TABLE app_versions (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            manifest TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            UNIQUE (session_id, version)))"),
        QStringLiteral(R"(CREATE TABLE app_files (
            version_id INTEGER NOT NULL REFERENCES app_versions(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            content BLOB NOT NULL,
            executable INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (version_id, path)))"),

        QStringLiteral(R"(CREATE TABLE usage_metrics (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            start_time TEXT NOT NULL,
            end_time TEXT,
            cpu_seconds REAL NOT NULL DEFAULT 0,
            memory_gb_seconds REAL NOT NULL DEFAULT 0,
            storage_gb REAL NOT NULL DEFAULT 0,
            actual_cost REAL NOT NULL DEFAULT 0,
            plan TEXT NOT NULL DEFAULT 'hobby'))"),
        QStringLiteral("CREATE INDEX idx_usage_metrics_session ON usage_metrics(session_id)"),
        QStringLiteral("CREATE INDEX idx_usage_metrics_start_time ON usage_metrics(start_time)"),

        QStringLiteral(R"(CREATE TABLE llm_usage (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            time TEXT NOT NULL,
            provider TEXT NOT NULL,
            model TEXT NOT NULL,
            input_tokens INTEGER NOT NULL DEFAULT 0,
            output_tokens INTEGER NOT NULL DEFAULT 0,
            cache_write_tokens INTEGER NOT NULL DEFAULT 0,
            cache_read_tokens INTEGER NOT NULL DEFAULT 0,
            cost REAL NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX idx_llm_usage_session ON llm_usage(session_id)"),
        QStringLiteral("CREATE INDEX idx_llm_usage_time ON llm_usage(time)"),
    }};
}
// The conversation with the model that wrote a session's app: the prompt,
// every answer, repair requests and follow-ups, in order.
Migration conversations()
{
    return {2, QStringLiteral("conversation with the model"), {
        QStringLiteral(R"(CREATE TABLE conversation_messages (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            time TEXT NOT NULL,
            role TEXT NOT NULL,
            purpose TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX idx_conversation_session ON conversation_messages(session_id, id)"),
    }};
}
// Covering indexes for the cost totals (core/billing/costtracker.h): a
// period's rows are a range of the index and every summed column is in it,
// so a month's aggregates never touch the tables. The plain time indexes of
// schema 1 stay: the store's tests and older tools name them.
Migration costIndexes()
{
    return {3, QStringLiteral("indexes for cost totals"), {
        QStringLiteral("CREATE INDEX idx_llm_usage_time_totals ON llm_usage("
                       "time, provider, model, session_id, cost, input_tokens, output_tokens)"),
        QStringLiteral("CREATE INDEX idx_usage_metrics_start_totals ON usage_metrics("
                       "start_time, session_id, actual_cost, cpu_seconds, memory_gb_seconds)"),
    }};
}
// Every cloud sandbox this installation created, written the moment create
// answers and kept until the cloud confirms the kill (core/sandbox/sandboxledger.h).
// No foreign key to sessions: a ledger row must outlive a deleted session.
Migration sandboxLedger()
{
    return {4, QStringLiteral("cloud sandbox ledger"), {
        QStringLiteral(R"(CREATE TABLE sandbox_ledger (
            sandbox_id TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL,
            session_id TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            expires_at TEXT,
            state TEXT NOT NULL,
            kill_attempts INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX idx_sandbox_ledger_open ON sandbox_ledger(kind, state)"),
    }};
}
} // namespace

QList<Migration> builtinMigrations()
{
    return {initialSchema(), conversations(), costIndexes(), sandboxLedger()};
}
