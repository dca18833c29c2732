// SPDX-License-Identifier: MIT
// Issue 19: the choice of model is remembered per provider, and an attempt
// that fails changes no default. The real window, a fake Claude.
#include "llm/anthropicclient.h"
#include "llm/modelclients.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "settings/appsettings.h"
#include "uistreamedanswer.h"
#include "uitestfixture.h"
#include "uiwindowhelpers.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace UiStreamedAnswer;
using namespace UiWindowHelpers;

class TestUiModelChoice final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void switchingProviders_bringsEachOnesModelBack();
    void startedSession_remembersItsModel_aFailedAttemptDoesNot();
};

namespace {
// Picks `provider` in the form's box as a user does, with the keyboard.
void chooseProvider(MainWindow &window, const QString &provider)
{
    auto *combo = child<QComboBox>(window, u"providerCombo"_s);
    combo->setFocus(Qt::TabFocusReason);
    const int target = combo->findData(provider);
    while (combo->currentIndex() != target)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
}

QString shownModel(MainWindow &window)
{
    return child<QComboBox>(window, u"modelCombo"_s)->currentText();
}

// A Claude model other than the default, as a user would pick from the list.
QString otherClaudeModel()
{
    for (const ModelInfo &model : AnthropicClient::builtinCatalogue()) {
        if (model.id != AnthropicClient::defaultModel())
            return model.id;
    }
    return {};
}
} // namespace

void TestUiModelChoice::initTestCase()
{
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("CLAUDE_API_KEY");
    qunsetenv("ANTHROPIC_BASE_URL");
    QVERIFY(!otherClaudeModel().isEmpty());
}

void TestUiModelChoice::switchingProviders_bringsEachOnesModelBack()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    MemorySecretStore secrets;
    MainWindow window(&fixture.manager(), &secrets, &settings);
    QVERIFY(showWindow(window));
    QCOMPARE(shownModel(window), AnthropicClient::defaultModel());

    chooseProvider(window, u"openai"_s);
    auto *modelEdit = child<QLineEdit>(window, u"modelEdit"_s);
    modelEdit->selectAll();
    QTest::keyClicks(modelEdit, u"qwen2.5-coder:7b"_s);
    chooseProvider(window, u"anthropic"_s);
    QCOMPARE(shownModel(window), AnthropicClient::defaultModel());
    chooseProvider(window, u"openai"_s);
    QCOMPARE(shownModel(window), u"qwen2.5-coder:7b"_s);
    // Only typed, never started with: not stored.
    QCOMPARE(settings.modelFor(u"openai"_s), QString());
}

void TestUiModelChoice::startedSession_remembersItsModel_aFailedAttemptDoesNot()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    const QString chosen = otherClaudeModel();
    {
        FakeLlmServer server;
        server.enqueue(streamedAnswer(siteAnswer(u"Hi"_s)));
        MemorySecretStore secrets;
        setStored(secrets, SecretNames::Anthropic, u"sk-ant-ui-test"_s);
        MainWindow window(&fixture.manager(), &secrets, &settings);
        window.modelClients()->setAnthropicBaseUrl(server.url());
        window.modelClients()->setMaxAttempts(1);
        QVERIFY(showWindow(window));
        auto *modelCombo = child<QComboBox>(window, u"modelCombo"_s);
        modelCombo->setCurrentIndex(modelCombo->findText(chosen));
        typePrompt(window, u"a page"_s);
        QTest::mouseClick(child<QAbstractButton>(window, u"createAppButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!window.currentSessionId().isEmpty());
        const QString started = window.currentSessionId();
        QCOMPARE(settings.modelFor(u"anthropic"_s), chosen);
        // Back to a new app: the model it was started with, also after another provider.
        window.newApp();
        QCOMPARE(shownModel(window), chosen);
        chooseProvider(window, u"openai"_s);
        chooseProvider(window, u"anthropic"_s);
        QCOMPARE(shownModel(window), chosen);
        QVERIFY(!fixture.manager().stop(started, u"test"_s).isError());
    }
    {
        // The next start of the window: the same. Without a key the attempt fails.
        MemorySecretStore noKey;
        MainWindow window(&fixture.manager(), &noKey, &settings);
        QVERIFY(showWindow(window));
        QCOMPARE(shownModel(window), chosen);
        auto *modelCombo = child<QComboBox>(window, u"modelCombo"_s);
        modelCombo->setCurrentIndex(modelCombo->findText(AnthropicClient::defaultModel()));
        typePrompt(window, u"another page"_s);
        QTest::mouseClick(child<QAbstractButton>(window, u"createAppButton"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QAbstractButton>(window, u"createAppButton"_s)->isEnabled());
        QVERIFY(window.currentSessionId().isEmpty());
        QCOMPARE(settings.modelFor(u"anthropic"_s), chosen);
    }
}

QTEST_MAIN(TestUiModelChoice)
#include "test_ui_modelchoice.moc"
