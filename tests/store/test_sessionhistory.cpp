// SPDX-License-Identifier: MIT
#include "storetestsupport.h"

// The history list: paging, filters and prompt search.
class TestSessionHistory final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listing_pagesNewestActivityFirst();
    void activity_movesASessionToTheTop();
    void filters_combineStatusAppTypeAndSandboxKind();
    void promptSearch_findsWordsInAnyCase();
    void trickyPrompt_isStoredVerbatimAndSearchedLiterally_data();
    void trickyPrompt_isStoredVerbatimAndSearchedLiterally();

private:
    SessionStore &store() { return m_fixture->store(); }
    QString add(const QString &prompt, const QDateTime &updated, AppType type = AppType::WebApp,
                SandboxKind sandboxKind = SandboxKind::Local);
    QStringList ids(const SessionQuery &query) const;

    std::unique_ptr<StoreFixture> m_fixture;
    QDateTime m_dayAgo;
};

void TestSessionHistory::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY(m_fixture->isValid());
    QVERIFY(m_fixture->open());
    m_dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
}

void TestSessionHistory::cleanup()
{
    m_fixture.reset();
}

QString TestSessionHistory::add(const QString &prompt, const QDateTime &updated, AppType type,
                                SandboxKind sandboxKind)
{
    Session session;
    session.prompt = prompt;
    session.appType = type;
    session.sandboxKind = sandboxKind;
    session.createdAt = updated;
    if (store().createSession(session).isError())
        return {};
    return session.id;
}

QStringList TestSessionHistory::ids(const SessionQuery &query) const
{
    QStringList result;
    for (const Session &session : m_fixture->store().sessions(query))
        result.append(session.id);
    // SessionQuery::matches() decides alone for a session the store reports
    // changed, so it must pick exactly what the SQL picks.
    SessionQuery everything;
    everything.order = query.order;
    everything.limit = 0;
    QStringList matched;
    for (const Session &session : m_fixture->store().sessions(everything)) {
        if (query.matches(session))
            matched.append(session.id);
    }
    matched = matched.mid(query.offset, query.limit > 0 ? query.limit : -1);
    return matched == result ? result : QStringList{u"matches() picks " + matched.join(u' ')};
}

void TestSessionHistory::listing_pagesNewestActivityFirst()
{
    QStringList created;
    for (int i = 0; i < 5; ++i)
        created.append(add(u"App " + QString::number(i), m_dayAgo.addSecs(60 * i)));
    QCOMPARE(store().sessionCount(), 5);

    SessionQuery page;
    page.limit = 2;
    QCOMPARE(ids(page), QStringList({created[4], created[3]}));
    page.offset = 2;
    QCOMPARE(ids(page), QStringList({created[2], created[1]}));
    page.offset = 4;
    QCOMPARE(ids(page), QStringList({created[0]}));
    page.offset = 5;
    QVERIFY(ids(page).isEmpty());

    SessionQuery all;
    all.limit = 0;
    QCOMPARE(ids(all), QStringList({created[4], created[3], created[2], created[1], created[0]}));
}

void TestSessionHistory::activity_movesASessionToTheTop()
{
    const QString older = add(QStringLiteral("Older"), m_dayAgo);
    const QString newer = add(QStringLiteral("Newer"), m_dayAgo.addSecs(60));
    QCOMPARE(ids({}), QStringList({newer, older}));
    QVERIFY(!store().transition(older, SessionStatus::Generating, {}).isError());
    QCOMPARE(ids({}), QStringList({older, newer}));
    SessionQuery byCreation;
    byCreation.order = SessionQuery::Order::Created;
    QCOMPARE(ids(byCreation), QStringList({newer, older}));
}

void TestSessionHistory::filters_combineStatusAppTypeAndSandboxKind()
{
    const QString webLocal = add(QStringLiteral("web local"), m_dayAgo);
    const QString apiLocal = add(QStringLiteral("api local"), m_dayAgo.addSecs(1), AppType::Api);
    const QString apiCloud = add(QStringLiteral("api cloud"), m_dayAgo.addSecs(2), AppType::Api,
                                 SandboxKind::E2b);
    const QString script = add(QStringLiteral("script"), m_dayAgo.addSecs(3), AppType::Script);
    for (SessionStatus step : pathTo(SessionStatus::Ready))
        QVERIFY(!store().transition(apiCloud, step, {}).isError());
    QVERIFY(!store().transition(script, SessionStatus::Cancelled, {}).isError());

    SessionQuery query;
    query.appTypes = {AppType::Api};
    QCOMPARE(ids(query), QStringList({apiCloud, apiLocal}));
    query.sandboxKind = SandboxKind::Local;
    QCOMPARE(ids(query), QStringList({apiLocal}));
    QCOMPARE(store().sessionCount(query), 1);

    SessionQuery byStatus;
    byStatus.statuses = {SessionStatus::Ready, SessionStatus::Cancelled};
    QCOMPARE(ids(byStatus), QStringList({script, apiCloud}));
    byStatus.statuses = {SessionStatus::Queued};
    QCOMPARE(ids(byStatus), QStringList({apiLocal, webLocal}));
    byStatus.appTypes = {AppType::WebApp};
    QCOMPARE(ids(byStatus), QStringList({webLocal}));
    byStatus.statuses = {SessionStatus::Failed};
    QVERIFY(ids(byStatus).isEmpty());
    QCOMPARE(store().sessionCount(byStatus), 0);
}

void TestSessionHistory::promptSearch_findsWordsInAnyCase()
{
    const QString todo = add(QStringLiteral("Build a todo list"), m_dayAgo);
    const QString shouting = add(QStringLiteral("A TODO app with tags"), m_dayAgo.addSecs(1));
    add(QStringLiteral("A weather dashboard"), m_dayAgo.addSecs(2));

    SessionQuery query;
    query.promptSearch = QStringLiteral("todo");
    QCOMPARE(ids(query), QStringList({shouting, todo}));
    query.promptSearch = QStringLiteral("do li");
    QCOMPARE(ids(query), QStringList({todo}));
    query.promptSearch = QStringLiteral("calendar");
    QVERIFY(ids(query).isEmpty());
}

void TestSessionHistory::trickyPrompt_isStoredVerbatimAndSearchedLiterally_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("search");
    QTest::newRow("percent") << QStringLiteral("Show 100% of the chart") << QStringLiteral("100%");
    QTest::newRow("underscore") << QStringLiteral("A snake_case converter") << QStringLiteral("e_c");
    QTest::newRow("quotes") << QStringLiteral("It's a \"quoted\" app with 'single' quotes")
                            << QStringLiteral("'single'");
    QTest::newRow("sql") << QStringLiteral("x'); DROP TABLE sessions; --")
                         << QStringLiteral("'); DROP TABLE sessions; --");
    QTest::newRow("backslash") << QStringLiteral("Escape \\% and \\_ in C:\\temp")
                               << QStringLiteral("\\%");
    QTest::newRow("newlines") << QStringLiteral("Line one\nLine two\r\n\ttabbed")
                              << QStringLiteral("one\nLine");
}

void TestSessionHistory::trickyPrompt_isStoredVerbatimAndSearchedLiterally()
{
    QFETCH(QString, prompt);
    QFETCH(QString, search);
    // Decoys a wildcard reading of the search would also match.
    add(QStringLiteral("Show 1000 of the chart"), m_dayAgo);
    add(QStringLiteral("A snakeXcase converter, e c"), m_dayAgo.addSecs(1));
    add(QStringLiteral("Escape x and y in C:/temp, one Line"), m_dayAgo.addSecs(2));
    const QString id = add(prompt, m_dayAgo.addSecs(3));
    QVERIFY(!id.isEmpty());

    QVERIFY(m_fixture->reopen());
    QCOMPARE(store().session(id)->prompt, prompt);
    SessionQuery query;
    query.promptSearch = search;
    QCOMPARE(ids(query), QStringList({id}));
    query.promptSearch = prompt;
    QCOMPARE(ids(query), QStringList({id}));
    QCOMPARE(store().sessionCount(), 4);
}

QTEST_GUILESS_MAIN(TestSessionHistory)
#include "test_sessionhistory.moc"
