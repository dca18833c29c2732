// SPDX-License-Identifier: MIT
#include "api/apitoken.h"
#include "api/hostlock.h"
#include "api/roomcommand.h"
#include "api/sessionactionrequests.h"
#include "api/sessioncontentroutes.h"
#include "api/sessionstartrequest.h"
#include "api/tokenbucket.h"

#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApiParts final : public QObject
{
    Q_OBJECT

private slots:
    void token_is256RandomBits_base64url();
    void tokenMatch_needsTheWholeToken();
    void tokenFile_isTheOwnersOnly_andRereadWhenRotated();
    void tokenBucket_refillsAtItsRate_andSaysWhenToComeBack();
    void hostLock_isExclusive_andFreeOnceReleased();
    void filePath_refusesEverywayOutOfTheApp_data();
    void filePath_refusesEverywayOutOfTheApp();
    void startRequest_namesTheFieldAtFault_data();
    void startRequest_namesTheFieldAtFault();
    void startRequest_filesAndManifest_areRead();
    void roomCommand_namesTheFieldAtFault_data();
    void roomCommand_namesTheFieldAtFault();
    void roomCommand_readsBackWhatItWrites();
    void actionBodies_checkRange();
};

void TestApiParts::token_is256RandomBits_base64url()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i) {
        const QByteArray token = ApiToken::generate();
        QCOMPARE(token.size(), 43);
        QCOMPARE(QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size(), 32);
        QVERIFY(ApiToken::looksValid(token));
        seen.insert(token);
    }
    QCOMPARE(seen.size(), 100);
}

void TestApiParts::tokenMatch_needsTheWholeToken()
{
    const QByteArray token = ApiToken::generate();
    QVERIFY(ApiToken::matches(token, token));
    QVERIFY(!ApiToken::matches(token, token.left(42)));
    QVERIFY(!ApiToken::matches(token, token + 'x'));
    QByteArray flipped = token;
    flipped[42] = flipped[42] == 'a' ? 'b' : 'a';
    QVERIFY(!ApiToken::matches(token, flipped));
    QVERIFY(!ApiToken::matches({}, {}));
}

void TestApiParts::tokenFile_isTheOwnersOnly_andRereadWhenRotated()
{
    QTemporaryDir dir;
    ApiToken current(dir.path());
    QVERIFY(current.current().isEmpty());
    const QByteArray first = ApiToken::generate();
    QVERIFY(!ApiToken::writeFile(dir.path(), first).isError());
    QCOMPARE(QFileInfo(ApiToken::filePath(dir.path())).permissions(),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(current.current(), first);
    const QByteArray second = ApiToken::generate();
    QVERIFY(!ApiToken::writeFile(dir.path(), second).isError());
    QCOMPARE(current.current(), second);
}

void TestApiParts::tokenBucket_refillsAtItsRate_andSaysWhenToComeBack()
{
    TokenBucket starts(10, 10.0 / 60.0);
    for (int i = 0; i < 10; ++i)
        QVERIFY(starts.take(1000));
    int retryAfter = 0;
    QVERIFY(!starts.take(1000, &retryAfter));
    QCOMPARE(retryAfter, 6);
    QVERIFY(!starts.take(6999));
    QVERIFY(starts.take(7000));
    TokenBucket requests(50, 50);
    for (int i = 0; i < 50; ++i)
        QVERIFY(requests.take(0));
    QVERIFY(!requests.take(0, &retryAfter));
    QCOMPARE(retryAfter, 1);
    QVERIFY(requests.take(20));
}

void TestApiParts::hostLock_isExclusive_andFreeOnceReleased()
{
    QTemporaryDir dir;
    QVERIFY(!HostLock::isHeld(dir.path()));
    HostLock first(dir.path());
    QVERIFY(first.tryLock());
    HostLock second(dir.path());
    QVERIFY(!second.tryLock());
    QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
    qint64 holder = 0;
    QVERIFY(HostLock::isHeld(dir.path(), &holder));
    QCOMPARE(holder, QCoreApplication::applicationPid());
    first.unlock();
    QVERIFY(!HostLock::isHeld(dir.path()));
    QVERIFY(second.tryLock());
}

void TestApiParts::filePath_refusesEverywayOutOfTheApp_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << QStringLiteral("index.html") << true;
    QTest::newRow("folder") << QStringLiteral("src/app.js") << true;
    QTest::newRow("dots in a name") << QStringLiteral("a..b/c.d") << true;
    QTest::newRow("parent") << QStringLiteral("../x") << false;
    QTest::newRow("parent inside") << QStringLiteral("a/../../x") << false;
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
    QTest::newRow("dot") << QStringLiteral("./x") << false;
    QTest::newRow("empty part") << QStringLiteral("a//b") << false;
    QTest::newRow("backslash") << QStringLiteral("..\\x") << false;
    QTest::newRow("nul") << QString::fromUtf16(u"a\0b", 3) << false;
    QTest::newRow("empty") << QString() << false;
}

void TestApiParts::filePath_refusesEverywayOutOfTheApp()
{
    QFETCH(QString, path);
    QFETCH(bool, safe);
    QCOMPARE(SessionContentRoutes::isSafePath(path), safe);
}

void TestApiParts::startRequest_namesTheFieldAtFault_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown") << QByteArray(R"({"template":"a","x":1})") << QStringLiteral("x");
    QTest::newRow("two sources") << QByteArray(R"({"template":"a","prompt":"b"})") << QStringLiteral("prompt");
    QTest::newRow("none") << QByteArray(R"({})") << QStringLiteral("template");
    QTest::newRow("prompt not text") << QByteArray(R"({"prompt":5})") << QStringLiteral("prompt");
    QTest::newRow("sandbox") << QByteArray(R"({"template":"a","sandbox":"docker"})") << QStringLiteral("sandbox");
    QTest::newRow("timeout fraction") << QByteArray(R"({"template":"a","timeoutSeconds":1.5})") << QStringLiteral("timeoutSeconds");
    QTest::newRow("timeout too long") << QByteArray(R"({"template":"a","timeoutSeconds":90000})") << QStringLiteral("timeoutSeconds");
    // fuzz_session_start: converting these to an integer was undefined (UBSan).
    QTest::newRow("timeout beyond integers") << QByteArray(R"({"template":"a","timeoutSeconds":5e30})") << QStringLiteral("timeoutSeconds");
    QTest::newRow("timeout below integers") << QByteArray(R"({"template":"a","timeoutSeconds":-5e30})") << QStringLiteral("timeoutSeconds");
    QTest::newRow("files without manifest") << QByteArray(R"({"files":[{"path":"a","content":"b"}]})") << QStringLiteral("manifest");
    QTest::newRow("file field") << QByteArray(R"({"files":[{"path":"a","content":"b","mode":7}],"manifest":{}})")
                                << QStringLiteral("files[0].mode");
    QTest::newRow("base url") << QByteArray(R"({"prompt":"a","baseUrl":"file:///etc"})") << QStringLiteral("baseUrl");
    QTest::newRow("openai without model") << QByteArray(R"({"prompt":"a","provider":"openai"})") << QStringLiteral("model");
    QTest::newRow("allowScripts not list") << QByteArray(R"({"template":"a","allowScripts":"sharp"})")
                                           << QStringLiteral("allowScripts");
    QTest::newRow("allowScripts with version") << QByteArray(R"({"template":"a","allowScripts":["sharp@0.33"]})")
                                               << QStringLiteral("allowScripts");
    QTest::newRow("allowScripts option") << QByteArray(R"({"template":"a","allowScripts":["--unsafe-perm"]})")
                                         << QStringLiteral("allowScripts");
    QTest::newRow("allowScripts number") << QByteArray(R"({"template":"a","allowScripts":[1]})")
                                         << QStringLiteral("allowScripts");
}

void TestApiParts::startRequest_namesTheFieldAtFault()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    ApiError error;
    QVERIFY(!SessionStartRequest::parse(body, &error));
    QCOMPARE(error.status, 400);
    QCOMPARE(error.field, field);
    QVERIFY(!error.error.message.isEmpty());
}

void TestApiParts::startRequest_filesAndManifest_areRead()
{
    ApiError error;
    const auto request = SessionStartRequest::parse(
        R"({"files":[{"path":"index.html","content":"<p>hi</p>"}],"manifest":{"name":"x","type":"webapp"},"internet":true,"timeoutSeconds":60})",
        &error);
    QVERIFY2(request, qPrintable(error.error.message));
    QCOMPARE(request->files.size(), 1);
    QCOMPARE(request->files.constFirst().content, QByteArray("<p>hi</p>"));
    QVERIFY(request->manifestJson.contains("\"webapp\""));
    QVERIFY(request->internet);
    QCOMPARE(request->timeoutSeconds, 60);

    const auto approving = SessionStartRequest::parse(R"({"template":"express-api","allowScripts":["sharp","@scope/native"]})",
                                                      &error);
    QVERIFY2(approving, qPrintable(error.error.message));
    QCOMPARE(approving->allowScripts, (QStringList{QStringLiteral("sharp"), QStringLiteral("@scope/native")}));
}

QTEST_GUILESS_MAIN(TestApiParts)
void TestApiParts::roomCommand_namesTheFieldAtFault_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("not json") << QString();
    QTest::newRow("unknown type") << QByteArray(R"({"type":"hello"})") << u"type"_s;
    QTest::newRow("no sessions") << QByteArray(R"({"type":"subscribe"})") << u"sessions"_s;
    QTest::newRow("not an id") << QByteArray(R"({"type":"subscribe","sessions":["x"]})") << u"sessions"_s;
    QTest::newRow("* with an id") << QByteArray(R"({"type":"subscribe","sessions":["*","0b3f4e2a-6c1d-4b8e-9a7f-2d5c8e1f3a60"]})")
                                  << u"sessions"_s;
    QTest::newRow("after below 0") << QByteArray(R"({"type":"subscribe","sessions":["*"],"after":-1})") << u"after"_s;
    QTest::newRow("after a fraction") << QByteArray(R"({"type":"subscribe","sessions":["*"],"after":1.5})") << u"after"_s;
    // fuzz_room_command: past qint64 the conversion was undefined behaviour.
    QTest::newRow("after beyond integers") << QByteArray(R"({"type":"subscribe","sessions":["*"],"after":1e19})")
                                           << u"after"_s;
    QTest::newRow("unknown field") << QByteArray(R"({"type":"subscribe","sessions":["*"],"colour":1})") << u"colour"_s;
}

void TestApiParts::roomCommand_namesTheFieldAtFault()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, field);
    RoomCommand::Error error;
    QVERIFY(!RoomCommand::parse(text, &error));
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
}

void TestApiParts::roomCommand_readsBackWhatItWrites()
{
    const QString id = u"0b3f4e2a-6c1d-4b8e-9a7f-2d5c8e1f3a60"_s;
    RoomCommand::Error error;
    const std::optional<RoomCommand> command = RoomCommand::parse(
        QStringLiteral(R"({"type":"subscribe","sessions":["%1","%1"],"after":12})").arg(id).toUtf8(), &error);
    QVERIFY(command);
    QCOMPARE(command->rooms, QStringList{id});
    QCOMPARE(command->after, std::optional<qint64>(12));
    QCOMPARE(RoomCommand::parse(command->toJson(), &error), command);
    // `after` means nothing to an unsubscribe, and is not checked there.
    const std::optional<RoomCommand> leave = RoomCommand::parse(R"({"type":"unsubscribe","sessions":["*"],"after":"x"})",
                                                                &error);
    QVERIFY(leave);
    QVERIFY(!leave->after);
}

void TestApiParts::actionBodies_checkRange()
{
    ApiError error;
    QCOMPARE(ExtendRequest::parse("", &error)->minutes, 0);
    QCOMPARE(ExtendRequest::parse(R"({"minutes":1440})", &error)->minutes, 1440);
    QVERIFY(!ExtendRequest::parse(R"({"minutes":1e30})", &error));
    QCOMPARE(error.field, u"minutes"_s);
    QCOMPARE(RestoreRequest::parse(R"({"version":3})", &error)->version, 3);
    QVERIFY(!RestoreRequest::parse(R"({"version":3e9})", &error));
    QCOMPARE(error.field, u"version"_s);
    QVERIFY(!RedeployRequest::parse(R"({"internet":1})", &error));
    QCOMPARE(error.field, u"internet"_s);
    bool imagesRefused = true;
    QCOMPARE(FollowUpRequest::parse(R"({"text":"  make it blue "})", &error, &imagesRefused)->text, u"make it blue"_s);
    QVERIFY(!imagesRefused);
    QVERIFY(!FollowUpRequest::parse(R"({"text":"x","images":["data:image/png;base64,aGVsbG8="]})", &error, &imagesRefused));
    QVERIFY(imagesRefused);
}

#include "test_api_parts.moc"
