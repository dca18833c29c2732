// SPDX-License-Identifier: MIT
#include "cloudworkflow.h"
#include "fakee2bserver.h"
#include "secrets/memorysecretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// An app's environment on E2B: the Connect Process.Start of the app's run
// command carries it in `envs`; the build's and the other commands' do not
// (docs/security.md).
class TestE2bEnv final : public QObject
{
    Q_OBJECT

private slots:
    void env_goesInTheRunCommandsEnvs_only();
};

void TestE2bEnv::env_goesInTheRunCommandsEnvs_only()
{
    const QByteArray secret = "e2b-s3cr3t-value-1234";
    QTemporaryDir dir;
    FakeE2bServer server;
    MemorySecretStore keychain;
    CloudWorkflow flow(dir.path(), server, false, &keychain);
    QVERIFY(flow.isValid());
    flow.manager().setSecretStore(&keychain);
    SpawnRequest request = CloudWorkflow::fixtureRequest(u"node-build"_s);
    request.environment = {{u"FOO"_s, QString::fromUtf8(secret)}};
    const QString id = flow.spawn(request);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(flow.status(id) == SessionStatus::Ready, qPrintable(flow.describe(id)), 30000);

    int withEnv = 0;
    int without = 0;
    for (const FakeE2bServer::Received &received : server.requestsTo(u"envd POST /process.Process/Start"_s)) {
        // A Connect envelope: a flag byte, four bytes of length, then JSON.
        const QJsonObject process =
            QJsonDocument::fromJson(received.request.body.sliced(5)).object().value(u"process").toObject();
        const QString command = process.value(u"args").toArray().toVariantList().value(1).toString();
        if (command == u"node server.js") {
            QCOMPARE(process.value(u"envs").toObject().value(u"FOO").toString(), QString::fromUtf8(secret));
            ++withEnv;
        } else {
            QVERIFY2(!received.request.body.contains(secret), received.request.body.constData());
            ++without;
        }
    }
    QCOMPARE(withEnv, 1);
    QVERIFY(without >= 1);  // the build, at least
    flow.stopAndExpectClean(id);
}

QTEST_GUILESS_MAIN(TestE2bEnv)
#include "test_e2b_env.moc"
