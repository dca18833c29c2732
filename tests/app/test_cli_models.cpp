// SPDX-License-Identifier: MIT
#include "clirun.h"
#include "fakelocalservers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using FakeLocalServers::Model;

// `spawnai models --local` against local model servers on 127.0.0.1 that
// speak Ollama's and LM Studio's own APIs, and against ports where nothing runs.
class TestCliModels final : public QObject
{
    Q_OBJECT

private slots:
    void local_listsEachServerAndItsModels();
    void local_json_hasOneObjectPerServer();
    void local_noneRunning_saysHowToStartOne();
    void withoutLocal_isAUsageError();

private:
    static quint16 closedPort();
    static QProcessEnvironment servers(quint16 ollama, quint16 lmStudio, quint16 llamaCpp);
};

quint16 TestCliModels::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QProcessEnvironment TestCliModels::servers(quint16 ollama, quint16 lmStudio, quint16 llamaCpp)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SPAWNAI_LOCAL_SERVERS"_s,
                       u"ollama=%1,lmstudio=%2,llamacpp=%3"_s.arg(ollama).arg(lmStudio).arg(llamaCpp));
    environment.insert(u"LANG"_s, u"C"_s);
    return environment;
}

void TestCliModels::local_listsEachServerAndItsModels()
{
    FakeLlmServer ollama;
    Model tiny{u"tinyllama:1.1b"_s};
    tiny.context = 2048;
    tiny.size = 637'700'138;
    FakeLocalServers::speakOllama(&ollama, {Model{u"qwen2.5-coder:7b"_s}, tiny});
    FakeLlmServer lmStudio;
    Model loaded{u"qwen2.5-coder-14b-instruct"_s};
    loaded.loadedContext = 8192;
    FakeLocalServers::speakLmStudio(&lmStudio, {loaded});
    const quint16 llama = closedPort();

    const CliResult result = runCli({}, {u"models"_s, u"--local"_s}, 20000, servers(ollama.port(), lmStudio.port(), llama));
    const QString text = result.text();
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(text.contains(u"Ollama 0.13.2 at http://127.0.0.1:%1\n"_s.arg(ollama.port())), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"qwen2\\.5-coder:7b +4\\.7 GB, 32K context\n"_s)), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"tinyllama:1\\.1b +637\\.7 MB, 2048 context, too small for apps\n"_s)),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"qwen2\\.5-coder-14b-instruct +8192 context loaded \\(of 32K\\), too small for apps"_s)),
             qPrintable(text));
    QVERIFY2(text.contains(u"llama.cpp server at http://127.0.0.1:%1: not running"_s.arg(llama)), qPrintable(text));
    QVERIFY(!text.contains(u"No local server found"_s));
}

void TestCliModels::local_json_hasOneObjectPerServer()
{
    FakeLlmServer ollama;
    FakeLocalServers::speakOllama(&ollama, {Model{u"qwen2.5-coder:7b"_s}});
    const CliResult result = runCli({}, {u"models"_s, u"--local"_s, u"--json"_s}, 20000,
                                    servers(ollama.port(), closedPort(), closedPort()));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.objects.size(), 3);
    const QJsonObject found = result.objects.at(0);
    QCOMPARE(found.value(u"event").toString(), u"localServer"_s);
    QCOMPARE(found.value(u"kind").toString(), u"ollama"_s);
    QCOMPARE(found.value(u"found").toBool(), true);
    QCOMPARE(found.value(u"version").toString(), u"0.13.2"_s);
    const QJsonObject model = found.value(u"models").toArray().first().toObject();
    QCOMPARE(model.value(u"name").toString(), u"qwen2.5-coder:7b"_s);
    QCOMPARE(model.value(u"contextLength").toInt(), 32768);
    QCOMPARE(model.value(u"size").toInteger(), 4'683'087'332);
    QCOMPARE(model.value(u"tooSmallForApps").toBool(), false);
    QCOMPARE(result.objects.at(1).value(u"kind").toString(), u"lmstudio"_s);
    QCOMPARE(result.objects.at(1).value(u"found").toBool(), false);
    QVERIFY(result.objects.at(1).value(u"error").toString().contains(u"is LM Studio running?"_s));
}

void TestCliModels::local_noneRunning_saysHowToStartOne()
{
    QElapsedTimer timer;
    timer.start();
    const CliResult result = runCli({}, {u"models"_s, u"--local"_s}, 20000, servers(closedPort(), closedPort(), closedPort()));
    qInfo() << "spawnai models --local with no server running:" << timer.elapsed() << "ms, process start included";
    QCOMPARE(result.exitCode, 4);
    const QString text = result.text();
    QVERIFY2(text.contains(u"No local server found"_s), qPrintable(text));
    QVERIFY2(text.contains(u"ollama serve"_s), qPrintable(text));
    QVERIFY2(text.contains(u"llama-server -m MODEL.gguf -c 32768"_s), qPrintable(text));
    QVERIFY(timer.elapsed() < 5000);
}

void TestCliModels::withoutLocal_isAUsageError()
{
    const CliResult result = runCli({}, {u"models"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.text().contains(u"models needs --local"_s), qPrintable(result.text()));
    const CliResult misplaced = runCli({}, {u"list"_s, u"--local"_s});
    QCOMPARE(misplaced.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliModels)
#include "test_cli_models.moc"
