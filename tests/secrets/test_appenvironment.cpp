// SPDX-License-Identifier: MIT
#include "sandbox/commandrun.h"
#include "secrets/appenvironment.h"
#include "secrets/appenvironmentread.h"
#include "secrets/appenvironmentwrite.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretredactor.h"

#include <QSignalSpy>
#include <QTest>

// The app environment's parts: which names and values are taken, how a
// value is hidden in output that arrives in pieces, and the keychain
// entries a session's variables use.
class TestAppEnvironment final : public QObject
{
    Q_OBJECT

private slots:
    void names_followTheShellRule_andReservedOnesAreRefused();
    void values_mustBeOneNonEmptyLineWithinTheLimit();
    void refusals_neverContainTheValue();
    void redactor_hidesAValueSplitAcrossChunks();
    void redactor_letsATailThatIsNoValueThrough();
    void commandRun_hidesValuesInSignalsAndTail();
    void keychain_writeReadAndRemove_perSession();
};

void TestAppEnvironment::names_followTheShellRule_andReservedOnesAreRefused()
{
    QVERIFY(AppEnvironment::isValidName(QStringLiteral("OPENAI_API_KEY")));
    QVERIFY(AppEnvironment::isValidName(QStringLiteral("_x1")));
    QVERIFY(!AppEnvironment::isValidName(QStringLiteral("1ABC")));
    QVERIFY(!AppEnvironment::isValidName(QStringLiteral("A-B")));
    QVERIFY(!AppEnvironment::isValidName(QString()));
    QVERIFY(AppEnvironment::isValidName(QString(64, u'A')));
    QVERIFY(!AppEnvironment::isValidName(QString(65, u'A')));
    QVERIFY(AppEnvironment::check({{QStringLiteral("PORT"), QStringLiteral("1")}}).isError());
    QVERIFY(AppEnvironment::check({{QStringLiteral("PATH"), QStringLiteral("/x")}}).isError());
    QVERIFY(!AppEnvironment::check({{QStringLiteral("API_KEY"), QStringLiteral("k")}}).isError());
}

void TestAppEnvironment::values_mustBeOneNonEmptyLineWithinTheLimit()
{
    const QString name = QStringLiteral("KEY");
    QVERIFY(AppEnvironment::check({{name, QString()}}).isError());
    QVERIFY(AppEnvironment::check({{name, QStringLiteral("a\nb")}}).isError());
    QVERIFY(!AppEnvironment::check({{name, QString(AppEnvironment::MaxValueBytes, u'x')}}).isError());
    QVERIFY(AppEnvironment::check({{name, QString(AppEnvironment::MaxValueBytes + 1, u'x')}}).isError());
    AppEnvironment::Values many;
    for (int i = 0; i <= AppEnvironment::MaxVariables; ++i)
        many.insert(QStringLiteral("V%1").arg(i), QStringLiteral("v"));
    QVERIFY(AppEnvironment::check(many).isError());
    QString parsedName;
    QString parsedValue;
    SpawnError error;
    QVERIFY(AppEnvironment::parseAssignment(QStringLiteral("A=b=c"), &parsedName, &parsedValue, &error));
    QCOMPARE(parsedName, QStringLiteral("A"));
    QCOMPARE(parsedValue, QStringLiteral("b=c"));
    QVERIFY(!AppEnvironment::parseAssignment(QStringLiteral("=x"), &parsedName, &parsedValue, &error));
}

void TestAppEnvironment::refusals_neverContainTheValue()
{
    const QString secret = QStringLiteral("s3cr3t-value-that-is-long");
    const SpawnError tooLong = AppEnvironment::check({{QStringLiteral("KEY"), secret + QString(9000, u'x')}});
    QVERIFY(tooLong.isError());
    QVERIFY(!tooLong.message.contains(secret));
    const SpawnError twoLines = AppEnvironment::check({{QStringLiteral("KEY"), secret + u'\n'}});
    QVERIFY(!twoLines.message.contains(secret));
}

void TestAppEnvironment::redactor_hidesAValueSplitAcrossChunks()
{
    SecretRedactor redactor({{QStringLiteral("FOO"), QStringLiteral("s3cr3t")}});
    QByteArray shown = redactor.feed("key=s3");
    shown += redactor.feed("cr");
    shown += redactor.feed("3t and again s3cr3t\n");
    shown += redactor.flush();
    QCOMPARE(shown, QByteArray("key=[FOO hidden] and again [FOO hidden]\n"));
    QCOMPARE(SecretRedactor::redact(QStringLiteral("x s3cr3t y"), {{QStringLiteral("FOO"), QStringLiteral("s3cr3t")}}),
             QStringLiteral("x [FOO hidden] y"));
}

void TestAppEnvironment::redactor_letsATailThatIsNoValueThrough()
{
    SecretRedactor redactor({{QStringLiteral("FOO"), QStringLiteral("s3cr3t")}});
    // "s3" might start the value: held until the next chunk shows it does not.
    QCOMPARE(redactor.feed("abc s3"), QByteArray("abc "));
    QCOMPARE(redactor.feed("x\n"), QByteArray("s3x\n"));
    QCOMPARE(redactor.feed("end s"), QByteArray("end "));
    QCOMPARE(redactor.flush(), QByteArray("s"));
}

void TestAppEnvironment::commandRun_hidesValuesInSignalsAndTail()
{
    CommandRun run;
    run.redact({{QStringLiteral("TOKEN"), QStringLiteral("tok-123456")}});
    QSignalSpy output(&run, &CommandRun::standardOutput);
    run.markStarted();
    run.appendStandardOutput("using tok-12");
    run.appendStandardOutput("3456 now\n");
    run.appendStandardError("tok-123456\n");
    run.markExited(0);
    QByteArray all;
    for (const QList<QVariant> &arguments : std::as_const(output))
        all += arguments.at(0).toByteArray();
    QCOMPARE(all, QByteArray("using [TOKEN hidden] now\n"));
    QVERIFY(!run.outputTail().contains(QStringLiteral("tok-123456")));
    QVERIFY(run.outputTail().contains(QStringLiteral("[TOKEN hidden]")));
}

void TestAppEnvironment::keychain_writeReadAndRemove_perSession()
{
    MemorySecretStore store;
    AppEnvironmentWrite write(&store, QStringLiteral("s1"), {{QStringLiteral("FOO"), QStringLiteral("v1")}}, {});
    QSignalSpy written(&write, &AsyncOperation::finished);
    write.start();
    QVERIFY(written.wait());
    QVERIFY(write.succeeded());
    AppEnvironmentRead read(&store, QStringLiteral("s1"), {QStringLiteral("FOO")});
    QSignalSpy done(&read, &AsyncOperation::finished);
    read.start();
    QVERIFY(done.wait());
    QVERIFY(read.succeeded());
    QCOMPARE(read.values().value(QStringLiteral("FOO")), QStringLiteral("v1"));

    AppEnvironmentWrite removal(&store, QStringLiteral("s1"), {}, {QStringLiteral("FOO")});
    QSignalSpy removed(&removal, &AsyncOperation::finished);
    removal.start();
    QVERIFY(removed.wait());
    AppEnvironmentRead again(&store, QStringLiteral("s1"), {QStringLiteral("FOO")});
    QSignalSpy failed(&again, &AsyncOperation::finished);
    again.start();
    QVERIFY(failed.wait());
    QVERIFY(!again.succeeded());
    QCOMPARE(again.error().kind, ErrorKind::User);

    AppEnvironmentRead noKeychain(nullptr, QStringLiteral("s1"), {QStringLiteral("FOO")});
    QSignalSpy refused(&noKeychain, &AsyncOperation::finished);
    noKeychain.start();
    QVERIFY(refused.wait());
    QVERIFY(!noKeychain.succeeded());
}

QTEST_GUILESS_MAIN(TestAppEnvironment)
#include "test_appenvironment.moc"
