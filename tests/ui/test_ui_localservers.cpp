// SPDX-License-Identifier: MIT
#include "deploy/templatelibrary.h"
#include "fakelocalservers.h"
#include "firstrunpage.h"
#include "llm/modelclients.h"
#include "localserverslabel.h"
#include "newappform.h"
#include "settings/appsettings.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using FakeLocalServers::Model;

// The new-app form and the first-run page list the local model servers
// they find, in the background, and the form offers their models; with
// none running the label says how to start one.
class TestUiLocalServers final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void newAppForm_listsTheServersModels_withoutBlocking();
    void firstRunPage_listsTheServersItFinds();
    void noServer_saysHowToStartOne();

private:
    static quint16 closedPort();
};

quint16 TestUiLocalServers::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void TestUiLocalServers::cleanup()
{
    qunsetenv("SPAWNAI_LOCAL_SERVERS");
}

void TestUiLocalServers::newAppForm_listsTheServersModels_withoutBlocking()
{
    FakeLlmServer ollama;
    Model tiny{u"tinyllama:1.1b"_s};
    tiny.context = 2048;
    FakeLocalServers::speakOllama(&ollama, {Model{u"qwen2.5-coder:7b"_s}, tiny});
    qputenv("SPAWNAI_LOCAL_SERVERS", u"ollama=%1,lmstudio=%2"_s.arg(ollama.port()).arg(closedPort()).toUtf8());

    NewAppForm form;
    form.findChild<QLineEdit *>(u"baseUrlEdit"_s)->setText(u"http://localhost:%1/v1"_s.arg(ollama.port()));
    QVERIFY(!form.localServers());  // nothing is asked while Claude is chosen
    auto *provider = form.findChild<QComboBox *>(u"providerCombo"_s);
    QElapsedTimer timer;
    timer.start();
    provider->setCurrentIndex(provider->findData(u"openai"_s));
    // Still scanning once the choice returns: nothing waited for the servers.
    // The bound is loose so that a loaded machine does not fail it.
    QVERIFY2(timer.elapsed() < 1000, "choosing the provider waited for the servers");
    LocalServersLabel *label = form.localServers();
    QVERIFY(label);
    QVERIFY(label->isScanning());
    QCOMPARE(label->text(), u"Looking for local model servers on this computer…"_s);

    QSignalSpy scanned(label, &LocalServersLabel::scanned);
    QVERIFY(scanned.wait(5000));
    const QString text = label->text();
    QVERIFY2(text.contains(u"Ollama at http://127.0.0.1:%1:"_s.arg(ollama.port())), qPrintable(text));
    QVERIFY2(text.contains(u"qwen2.5-coder:7b (4.7 GB, 32K context)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"tinyllama:1.1b (4.7 GB, 2048 context, too small for apps)"_s), qPrintable(text));
    QVERIFY(!text.contains(u"LM Studio"_s));  // not running: not listed
    auto *model = form.findChild<QComboBox *>(u"modelCombo"_s);
    QCOMPARE(model->count(), 2);
    QCOMPARE(model->itemText(0), u"qwen2.5-coder:7b"_s);
    QVERIFY(model->currentText().isEmpty());  // offered, not chosen
}

void TestUiLocalServers::firstRunPage_listsTheServersItFinds()
{
    // llama-server started with its default context: found, and marked.
    FakeLlmServer llama;
    Model served{u"qwen2.5-coder-7b-q4_k_m"_s};
    served.loadedContext = 4096;
    FakeLocalServers::speakLlamaCpp(&llama, served);
    qputenv("SPAWNAI_LOCAL_SERVERS", u"ollama=%1,llamacpp=%2"_s.arg(closedPort()).arg(llama.port()).toUtf8());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    ModelClients clients;
    const TemplateLibrary templates;
    FirstRunPage page(templates, &settings, &clients);
    // Not waited for: the page is built while the scan still runs.
    LocalServersLabel *label = page.localServers();
    QVERIFY(label->isScanning());
    QCOMPARE(label->text(), u"Looking for local model servers on this computer…"_s);
    QSignalSpy scanned(label, &LocalServersLabel::scanned);
    QVERIFY(scanned.wait(5000));
    const QString text = label->text();
    QVERIFY2(text.contains(u"llama.cpp server at http://127.0.0.1:%1:"_s.arg(llama.port())), qPrintable(text));
    QVERIFY2(text.contains(u"qwen2.5-coder-7b-q4_k_m (4096 context, too small for apps)"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Ollama"_s));
}

void TestUiLocalServers::noServer_saysHowToStartOne()
{
    qputenv("SPAWNAI_LOCAL_SERVERS",
            u"ollama=%1,lmstudio=%2,llamacpp=%3"_s.arg(closedPort()).arg(closedPort()).arg(closedPort()).toUtf8());
    LocalServersLabel label;
    QElapsedTimer timer;
    timer.start();
    label.refresh();
    QSignalSpy scanned(&label, &LocalServersLabel::scanned);
    QVERIFY(scanned.wait(5000));
    qInfo() << "no local server: told in" << timer.elapsed() << "ms";
    // Not the 1.5 s limit of a call: refused at once, even on a loaded machine.
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY2(label.text().startsWith(u"No local server found on this machine."_s), qPrintable(label.text()));
    QVERIFY(label.text().contains(u"ollama serve"_s));
}

QTEST_MAIN(TestUiLocalServers)
#include "test_ui_localservers.moc"
