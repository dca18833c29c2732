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

// Per-day cost summaries kept current by triggers, so a month's totals read a
// few thousand summary rows instead of a month of usage rows
// (core/billing/costtracker.h). cost_days holds the model side by (day,
// provider, model), cost_kind_days the sandbox side by (day, sandbox kind),
// cost_session_days both sides by (day, session). The
// triggers subtract the old row's share and add the new one's, so updates in
// place (a running sandbox's readings) and deletions (a session removed with
// its rows) keep the sums right; a group left without rows is deleted, so
// the summaries name exactly the groups the usage rows do. Also the budget
// notifications already given, one per month and threshold.
Migration costSummaries()
{
    const QString llmDay = QStringLiteral("substr(%1.time, 1, 10)");
    // A session's sandbox kind is set when it is created and never changes,
    // so the summary keeps it and the totals by kind need no join.
    const auto kindOf = [](const QString &row) -> QString {
        return u"COALESCE((SELECT sandbox_kind FROM sessions WHERE id = " + row + u".session_id), 'local')";
    };
    const QString runDay = QStringLiteral("substr(%1.start_time, 1, 10)");
    const auto addLlm = [&](const QString &row) -> QString {
        return u"INSERT INTO cost_days (day, provider, model, llm_cost, input_tokens, output_tokens, requests) "
               u"VALUES (" + llmDay.arg(row) + u", " + row + u".provider, " + row + u".model, " + row + u".cost, "
               + row + u".input_tokens, " + row + u".output_tokens, 1) "
               u"ON CONFLICT (day, provider, model) DO UPDATE SET llm_cost = llm_cost + excluded.llm_cost, "
               u"input_tokens = input_tokens + excluded.input_tokens, "
               u"output_tokens = output_tokens + excluded.output_tokens, requests = requests + 1; "
               u"INSERT INTO cost_session_days (day, session_id, sandbox_kind, llm_cost, input_tokens, output_tokens, "
               u"requests) VALUES (" + llmDay.arg(row) + u", " + row + u".session_id, " + kindOf(row) + u", " + row
               + u".cost, " + row + u".input_tokens, " + row + u".output_tokens, 1) "
               u"ON CONFLICT (day, session_id) DO UPDATE SET llm_cost = llm_cost + excluded.llm_cost, "
               u"input_tokens = input_tokens + excluded.input_tokens, "
               u"output_tokens = output_tokens + excluded.output_tokens, requests = requests + 1;";
    };
    const auto removeLlm = [&](const QString &row) -> QString {
        return u"UPDATE cost_days SET llm_cost = llm_cost - " + row + u".cost, input_tokens = input_tokens - "
               + row + u".input_tokens, output_tokens = output_tokens - " + row + u".output_tokens, "
               u"requests = requests - 1 WHERE day = " + llmDay.arg(row) + u" AND provider = " + row
               + u".provider AND model = " + row + u".model; "
               u"DELETE FROM cost_days WHERE day = " + llmDay.arg(row) + u" AND provider = " + row
               + u".provider AND model = " + row + u".model AND requests = 0; "
               u"UPDATE cost_session_days SET llm_cost = llm_cost - " + row + u".cost, input_tokens = input_tokens - "
               + row + u".input_tokens, output_tokens = output_tokens - " + row + u".output_tokens, "
               u"requests = requests - 1 WHERE day = " + llmDay.arg(row) + u" AND session_id = " + row + u".session_id; "
               u"DELETE FROM cost_session_days WHERE day = " + llmDay.arg(row) + u" AND session_id = " + row
               + u".session_id AND requests = 0 AND runs = 0;";
    };
    const auto addRun = [&](const QString &row) -> QString {
        return u"INSERT INTO cost_session_days (day, session_id, sandbox_kind, sandbox_cost, cpu_seconds, "
               u"memory_gb_seconds, runs) VALUES (" + runDay.arg(row) + u", " + row + u".session_id, " + kindOf(row)
               + u", " + row + u".actual_cost, " + row + u".cpu_seconds, " + row + u".memory_gb_seconds, 1) "
               u"ON CONFLICT (day, session_id) DO UPDATE SET sandbox_cost = sandbox_cost + excluded.sandbox_cost, "
               u"cpu_seconds = cpu_seconds + excluded.cpu_seconds, "
               u"memory_gb_seconds = memory_gb_seconds + excluded.memory_gb_seconds, runs = runs + 1; "
               u"INSERT INTO cost_kind_days (day, sandbox_kind, sandbox_cost, cpu_seconds, memory_gb_seconds, runs) "
               u"VALUES (" + runDay.arg(row) + u", " + kindOf(row) + u", " + row + u".actual_cost, " + row
               + u".cpu_seconds, " + row + u".memory_gb_seconds, 1) "
               u"ON CONFLICT (day, sandbox_kind) DO UPDATE SET sandbox_cost = sandbox_cost + excluded.sandbox_cost, "
               u"cpu_seconds = cpu_seconds + excluded.cpu_seconds, "
               u"memory_gb_seconds = memory_gb_seconds + excluded.memory_gb_seconds, runs = runs + 1;";
    };
    const auto removeRun = [&](const QString &row) -> QString {
        // The kind comes from the session's summary row: when a session is
        // deleted, its row in sessions is gone before its runs are.
        const QString kind = u"(SELECT sandbox_kind FROM cost_session_days WHERE day = " + runDay.arg(row)
                             + u" AND session_id = " + row + u".session_id)";
        return u"UPDATE cost_kind_days SET sandbox_cost = sandbox_cost - " + row + u".actual_cost, "
               u"cpu_seconds = cpu_seconds - " + row + u".cpu_seconds, memory_gb_seconds = memory_gb_seconds - "
               + row + u".memory_gb_seconds, runs = runs - 1 WHERE day = " + runDay.arg(row)
               + u" AND sandbox_kind = " + kind + u"; "
               u"DELETE FROM cost_kind_days WHERE day = " + runDay.arg(row) + u" AND runs = 0; "
               u"UPDATE cost_session_days SET sandbox_cost = sandbox_cost - " + row + u".actual_cost, "
               u"cpu_seconds = cpu_seconds - " + row + u".cpu_seconds, memory_gb_seconds = memory_gb_seconds - "
               + row + u".memory_gb_seconds, runs = runs - 1 WHERE day = " + runDay.arg(row) + u" AND session_id = "
               + row + u".session_id; "
               u"DELETE FROM cost_session_days WHERE day = " + runDay.arg(row) + u" AND session_id = " + row
               + u".session_id AND requests = 0 AND runs = 0;";
    };
    const QString newRow = QStringLiteral("NEW");
    const QString oldRow = QStringLiteral("OLD");
    return {5, QStringLiteral("cost summaries and budget notifications"), {
        QStringLiteral(R"(CREATE TABLE cost_days (
            day TEXT NOT NULL,
            provider TEXT NOT NULL,
            model TEXT NOT NULL,
            llm_cost REAL NOT NULL DEFAULT 0,
            input_tokens INTEGER NOT NULL DEFAULT 0,
            output_tokens INTEGER NOT NULL DEFAULT 0,
            requests INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, provider, model)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE cost_session_days (
            day TEXT NOT NULL,
            session_id TEXT NOT NULL,
            sandbox_kind TEXT NOT NULL DEFAULT 'local',
            llm_cost REAL NOT NULL DEFAULT 0,
            input_tokens INTEGER NOT NULL DEFAULT 0,
            output_tokens INTEGER NOT NULL DEFAULT 0,
            requests INTEGER NOT NULL DEFAULT 0,
            sandbox_cost REAL NOT NULL DEFAULT 0,
            cpu_seconds REAL NOT NULL DEFAULT 0,
            memory_gb_seconds REAL NOT NULL DEFAULT 0,
            runs INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, session_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE cost_kind_days (
            day TEXT NOT NULL,
            sandbox_kind TEXT NOT NULL,
            sandbox_cost REAL NOT NULL DEFAULT 0,
            cpu_seconds REAL NOT NULL DEFAULT 0,
            memory_gb_seconds REAL NOT NULL DEFAULT 0,
            runs INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (day, sandbox_kind)) WITHOUT ROWID)"),
        QStringLiteral("INSERT INTO cost_days SELECT substr(time, 1, 10), provider, model, SUM(cost), "
                       "SUM(input_tokens), SUM(output_tokens), COUNT(*) FROM llm_usage GROUP BY 1, 2, 3"),
        QStringLiteral("INSERT INTO cost_session_days SELECT day, session_id, "
                       "COALESCE((SELECT s.sandbox_kind FROM sessions s WHERE s.id = u.session_id), 'local'), "
                       "SUM(lc), SUM(it), SUM(ot), SUM(rq), SUM(sc), SUM(cpu), SUM(mem), SUM(runs) FROM ("
                       "SELECT substr(time, 1, 10) AS day, session_id, SUM(cost) AS lc, SUM(input_tokens) AS it, "
                       "SUM(output_tokens) AS ot, COUNT(*) AS rq, 0.0 AS sc, 0.0 AS cpu, 0.0 AS mem, 0 AS runs "
                       "FROM llm_usage GROUP BY 1, 2 UNION ALL "
                       "SELECT substr(start_time, 1, 10), session_id, 0.0, 0, 0, 0, SUM(actual_cost), "
                       "SUM(cpu_seconds), SUM(memory_gb_seconds), COUNT(*) FROM usage_metrics GROUP BY 1, 2) u "
                       "GROUP BY day, session_id"),
        QStringLiteral("INSERT INTO cost_kind_days SELECT day, sandbox_kind, SUM(sandbox_cost), SUM(cpu_seconds), "
                       "SUM(memory_gb_seconds), SUM(runs) FROM cost_session_days WHERE runs > 0 "
                       "GROUP BY day, sandbox_kind"),
        u"CREATE TRIGGER cost_llm_insert AFTER INSERT ON llm_usage BEGIN " + addLlm(newRow) + u" END",
        u"CREATE TRIGGER cost_llm_delete AFTER DELETE ON llm_usage BEGIN " + removeLlm(oldRow) + u" END",
        u"CREATE TRIGGER cost_llm_update AFTER UPDATE OF session_id, time, provider, model, input_tokens, "
            u"output_tokens, cost ON llm_usage BEGIN " + removeLlm(oldRow) + u' ' + addLlm(newRow) + u" END",
        u"CREATE TRIGGER cost_run_insert AFTER INSERT ON usage_metrics BEGIN " + addRun(newRow) + u" END",
        u"CREATE TRIGGER cost_run_delete AFTER DELETE ON usage_metrics BEGIN " + removeRun(oldRow) + u" END",
        // A running sandbox's row is rewritten with every reading: only the
        // difference reaches the summary.
        u"CREATE TRIGGER cost_run_update AFTER UPDATE OF session_id, start_time, cpu_seconds, memory_gb_seconds, "
            u"actual_cost ON usage_metrics BEGIN " + removeRun(oldRow) + u' ' + addRun(newRow) + u" END",
        QStringLiteral(R"(CREATE TABLE budget_notifications (
            month TEXT NOT NULL,
            percent INTEGER NOT NULL,
            time TEXT NOT NULL,
            spent REAL NOT NULL,
            budget REAL NOT NULL,
            PRIMARY KEY (month, percent)))"),
    }};
}
} // namespace

// What sandboxes really used, reading by reading (the usage rows hold what
// is billed, which for E2B is the allocation, not the use).
Migration usageSamples()
{
    return {6, QStringLiteral("sandbox usage samples"), {
        QStringLiteral(R"(CREATE TABLE usage_samples (
            id INTEGER PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            usage_id INTEGER NOT NULL DEFAULT 0,
            time TEXT NOT NULL,
            cpu_seconds REAL NOT NULL DEFAULT 0,
            memory_bytes INTEGER NOT NULL DEFAULT 0,
            disk_bytes INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX idx_usage_samples_session ON usage_samples(session_id, time)"),
    }};
}

// A hosted vendor's model, as LocalServer::looksHosted() says it, in SQL
// over `column`: such a model was billed even behind a local address.
static QString hostedModel(const QString &column)
{
    QStringList terms;
    for (const char *vendor : {"claude", "gpt", "chatgpt", "o1", "o3", "o4", "gemini", "grok"}) {
        const QString name = QString::fromLatin1(vendor);
        terms << u"lower(" + column + u") = '" + name + u"'" << u"lower(" + column + u") GLOB '" + name + u"[-.:]*'"
              << u"lower(" + column + u") GLOB '*/" + name + u"[-.:]*'";
    }
    return u"((" + terms.join(u" OR ") + u") AND lower(" + column + u") NOT GLOB '*gpt-oss*')";
}

// What each model request's price was known to be, what it was for (and
// which part of an answer), and what it would have cost without the prompt
// cache; and which estimate a session was made with.
//
// Rows written before this schema cost 0 when the table had no price: an
// OpenAI-compatible model that is not a hosted vendor's was then local, so
// free; any other unpriced one is now unknown. Both are marked
// `unpriced_at_request`, so UsageRepricer prices them whenever the table or
// the user has a price, and again when that price changes. Their purpose
// comes from the conversation: the user turn each request answered (a
// repair after a follow-up repairs the change, not the app).
Migration priceStatus()
{
    return {7, QStringLiteral("price status, purpose and cache savings of model requests"), {
        QStringLiteral("ALTER TABLE llm_usage ADD COLUMN price_status TEXT NOT NULL DEFAULT 'priced'"),
        QStringLiteral("ALTER TABLE llm_usage ADD COLUMN purpose TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE llm_usage ADD COLUMN part TEXT NOT NULL DEFAULT 'answer'"),
        QStringLiteral("ALTER TABLE llm_usage ADD COLUMN uncached_cost REAL NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE llm_usage ADD COLUMN unpriced_at_request INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN estimate_basis INTEGER NOT NULL DEFAULT -1"),
        u"UPDATE llm_usage SET uncached_cost = cost, "
        u"unpriced_at_request = (cost = 0 AND input_tokens + output_tokens + cache_write_tokens + cache_read_tokens > 0), "
        u"price_status = CASE WHEN cost > 0 OR input_tokens + output_tokens + cache_write_tokens + cache_read_tokens = 0 "
        u"THEN 'priced' WHEN provider = 'openai' AND NOT " + hostedModel(QStringLiteral("model"))
            + u" THEN 'free' ELSE 'unknown' END",
        QStringLiteral("UPDATE llm_usage SET purpose = COALESCE((SELECT c.purpose FROM conversation_messages c "
                       "WHERE c.session_id = llm_usage.session_id AND c.role = 'user' AND c.time <= llm_usage.time "
                       "ORDER BY c.id DESC LIMIT 1), '')"),
        QStringLiteral("UPDATE llm_usage SET purpose = 'follow-up-repair' WHERE purpose = 'repair' AND EXISTS ("
                       "SELECT 1 FROM conversation_messages c WHERE c.session_id = llm_usage.session_id "
                       "AND c.role = 'user' AND c.purpose = 'follow-up' AND c.time <= llm_usage.time)"),
        QStringLiteral("CREATE INDEX idx_llm_usage_unpriced ON llm_usage(time, model) WHERE price_status = 'unknown'"),
        QStringLiteral("CREATE INDEX idx_llm_usage_reprice ON llm_usage(model) WHERE unpriced_at_request = 1"),
        // The estimate's history (core/billing/costestimator.h): a model's
        // last sessions, and the last follow-ups.
        QStringLiteral("CREATE INDEX idx_sessions_model_created ON sessions(model, created_at)"),
        QStringLiteral("CREATE INDEX idx_llm_usage_followups ON llm_usage(id) WHERE purpose = 'follow-up'"),
    }};
}

// What a cloud run's bill needs once no runner meters it (a sandbox kept
// running on quit, or one a crash left): the ledger holds the size E2B
// reported, when E2B started it and when it ended; the usage row names the
// sandbox it bills. Rows and entries written before stay as they are: their
// size was never stored, and a size is never assumed. And which key made
// each sandbox (a short hash of it): a sweep with another key would see
// another account, on which the sandbox is not, and take it for gone.
Migration cloudRunBills()
{
    return {8, QStringLiteral("cloud sandbox sizes and the runs they bill"), {
        QStringLiteral("ALTER TABLE sandbox_ledger ADD COLUMN started_at TEXT"),
        QStringLiteral("ALTER TABLE sandbox_ledger ADD COLUMN ended_at TEXT"),
        QStringLiteral("ALTER TABLE sandbox_ledger ADD COLUMN cpu_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sandbox_ledger ADD COLUMN memory_mb INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sandbox_ledger ADD COLUMN key_fingerprint TEXT"),
        QStringLiteral("ALTER TABLE usage_metrics ADD COLUMN sandbox_id TEXT"),
        // Runs still open are few: the ones running now, kept, or left by a crash.
        QStringLiteral("CREATE INDEX idx_usage_metrics_open ON usage_metrics(sandbox_id) "
                       "WHERE end_time IS NULL AND sandbox_id IS NOT NULL"),
    }};
}

// A session deleted with purge (SessionStore::purgeSession): its row stays
// as an anonymous holder of its cost rows (no prompt, no files, no
// timeline), marked here and hidden from every history query, so the
// month's spend and the cost summaries stay exactly what they were. The
// request is journaled before the run is stopped, so a purge that a crash
// or an unconfirmed Stop cut short is completed once the session has ended.
Migration purgedSessions()
{
    return {9, QStringLiteral("sessions deleted with purge"), {
        QStringLiteral("ALTER TABLE sessions ADD COLUMN purge_requested_at TEXT"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN purged_at TEXT"),
    }};
}

// The change feed (docs/store.md): one row per change of a session, in
// commit order across processes (the AUTOINCREMENT id, never reused), and a
// seq per session without holes. No foreign key: a session's changes, its
// session.deleted last, outlive its row. Every session stored before gets
// its state as change 1, so a reader starting now sees it.
Migration changeFeed()
{
    return {10, QStringLiteral("the change feed"), {
        QStringLiteral(R"(CREATE TABLE session_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            type TEXT NOT NULL,
            payload TEXT NOT NULL DEFAULT '{}',
            at TEXT NOT NULL,
            UNIQUE (session_id, seq)))"),
        QStringLiteral("CREATE INDEX idx_session_changes_at ON session_changes(at)"),
        QStringLiteral("INSERT INTO session_changes (session_id, seq, type, payload, at) "
                       "SELECT id, 1, 'session.status', json_object('status', status, 'message', '', "
                       "'appUrl', app_url, 'expiresAt', expires_at), updated_at FROM sessions "
                       "WHERE purged_at IS NULL ORDER BY updated_at, rowid"),
    }};
}

// The pictures that went with a user turn (docs/store.md): their file
// names in the session's image folder as a JSON array, never the bytes.
Migration promptImages()
{
    return {11, QStringLiteral("images in prompts"), {
        QStringLiteral("ALTER TABLE conversation_messages ADD COLUMN images TEXT NOT NULL DEFAULT '[]'"),
    }};
}

// The names of a session's app environment (docs/security.md), a JSON
// array; never the values, which only the keychain holds.
Migration environmentNames()
{
    return {12, QStringLiteral("app environment names"), {
        QStringLiteral("ALTER TABLE sessions ADD COLUMN env_names TEXT NOT NULL DEFAULT '[]'"),
    }};
}

// The packages whose install scripts (npm) or source builds (pip) the user
// approved for a session (docs/security.md), a JSON array of names.
Migration approvedScripts()
{
    return {13, QStringLiteral("approved install scripts"), {
        QStringLiteral("ALTER TABLE sessions ADD COLUMN approved_scripts TEXT NOT NULL DEFAULT '[]'"),
    }};
}

QList<Migration> builtinMigrations()
{
    return {initialSchema(), conversations(), costIndexes(), sandboxLedger(), costSummaries(), usageSamples(),
            priceStatus(), cloudRunBills(), purgedSessions(), changeFeed(), promptImages(), environmentNames(),
            approvedScripts()};
}
