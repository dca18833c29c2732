// SPDX-License-Identifier: MIT
#include "deploy/templatelibrary.h"
#include "fakesandbox.h"
#include "secrets/appenvironment.h"
#include "secrets/memorysecretstore.h"
#include "secretprobe.h"
#include "session/sessionlog.h"
#include "appenvironmentdialog.h"
#include "newappform.h"
#include "sessionenvironmentpanel.h"
#include "uitestfixture.h"
#include "workflow/sessiondelete.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

// A session's Environment page, and what its variables reach in a run: the
// keychain (a memory one here) holds the value, the session the name; the
// app's run command gets it and the install does not; what the app prints
// is hidden in the log; a redeploy reads the value the page saved.
class TestUiEnvironment final : public QObject
{
    Q_OBJECT

private slots:
    void panel_addsMaskedAndRemoves();
    void run_givesTheValueToTheAppOnly_andHidesItInTheLog();
    void newAppForm_environmentButton_collectsVariablesForTheLaunch();
};

namespace {
const QString Secret = u"ui-s3cr3t-value-99"_s;

} // namespace

void TestUiEnvironment::panel_addsMaskedAndRemoves()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MemorySecretStore keychain;
    fixture.manager().setSecretStore(&keychain);
    const QString id = fixture.addSession(u"an app"_s, SessionStatus::Stopped);
    SessionEnvironmentPanel panel(&fixture.manager());
    panel.setSessionId(id);
    panel.show();
    auto *name = panel.findChild<QLineEdit *>(u"environmentName"_s);
    auto *value = panel.findChild<QLineEdit *>(u"environmentValue"_s);
    auto *add = panel.findChild<QPushButton *>(u"environmentAdd"_s);
    auto *remove = panel.findChild<QPushButton *>(u"environmentRemove"_s);
    auto *list = panel.findChild<QListWidget *>(u"environmentList"_s);
    auto *status = panel.findChild<QLabel *>(u"environmentStatus"_s);
    QVERIFY(name && value && add && remove && list && status);
    QCOMPARE(value->echoMode(), QLineEdit::Password);
    QVERIFY(!add->isEnabled());

    // A bad name is refused and nothing is saved.
    name->setText(u"1BAD"_s);
    value->setText(Secret);
    add->click();
    QVERIFY(status->text().contains(u"1BAD"_s));
    QCOMPARE(list->count(), 0);

    name->setText(u"API_KEY"_s);
    add->click();
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(u"API_KEY"_s));
    QVERIFY(!list->item(0)->text().contains(Secret));
    QVERIFY(status->text().contains(u"next start or redeploy"_s));
    QVERIFY(value->text().isEmpty());
    QCOMPARE(fixture.store().session(id)->environmentNames, QStringList{u"API_KEY"_s});
    QCOMPARE(SecretProbe::read(keychain, AppEnvironment::keychainKey(id, u"API_KEY"_s)), Secret);

    list->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    remove->click();
    QTRY_COMPARE(list->count(), 0);
    QVERIFY(fixture.store().session(id)->environmentNames.isEmpty());
    QCOMPARE(SecretProbe::read(keychain, AppEnvironment::keychainKey(id, u"API_KEY"_s)), QString());
}

void TestUiEnvironment::run_givesTheValueToTheAppOnly_andHidesItInTheLog()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MemorySecretStore keychain;
    fixture.manager().setSecretStore(&keychain);
    SpawnError error;
    std::optional<AppBundle> bundle = TemplateLibrary().load(u"express-api"_s, &error);
    QVERIFY2(bundle, qPrintable(error.message));
    SpawnRequest request;
    request.bundle = *bundle;
    request.prompt = u"Template: express-api"_s;
    request.templateName = u"express-api"_s;
    request.environment = {{u"FOO"_s, Secret}};
    const QString id = fixture.manager().spawn(request, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error.message));
    QTRY_COMPARE(fixture.store().session(id)->status, SessionStatus::Ready);
    QCOMPARE(fixture.store().session(id)->environmentNames, QStringList{u"FOO"_s});
    QTRY_COMPARE(SecretProbe::read(keychain, AppEnvironment::keychainKey(id, u"FOO"_s)), Secret);

    FakeSandbox *sandbox = fixture.provider().lastSandbox();
    QVERIFY(sandbox);
    qsizetype start = -1;
    for (qsizetype i = 0; i < sandbox->commands().size(); ++i) {
        const CommandSpec &spec = sandbox->commands().at(i);
        const bool isStart = spec.argv.join(u' ').contains(bundle->startCommand());
        QCOMPARE(spec.environment.value(u"FOO"_s), isStart ? Secret : QString());
        if (isStart)
            start = i;
    }
    QVERIFY(start >= 0);
    const QList<CommandSpec> &first = sandbox->commands();
    QVERIFY(std::any_of(first.cbegin(), first.cend(),
                        [](const CommandSpec &spec) { return spec.argv.contains(u"install"_s); }));

    // The app prints the value in two pieces: the log has it hidden.
    sandbox->run(start)->appendStandardOutput(QString(u"key: "_s + Secret.left(5)).toUtf8());
    sandbox->run(start)->appendStandardOutput((Secret.mid(5) + u" ok\n"_s).toUtf8());
    QTRY_VERIFY(SessionLog::tail(id).contains("key: [FOO hidden] ok"));
    QVERIFY(!SessionLog::tail(id).contains(Secret.toUtf8()));
    // So is a line of the preview's console.
    fixture.manager().appendToLog(id, QString(u"console: "_s + Secret + u'\n').toUtf8());
    QTRY_VERIFY(SessionLog::tail(id).contains("console: [FOO hidden]"));
    QVERIFY(!SessionLog::tail(id).contains(Secret.toUtf8()));

    // Stopped, then redeployed: the value comes from the keychain.
    QVERIFY(!fixture.manager().stop(id, u"test"_s).isError());
    QTRY_VERIFY(isTerminal(fixture.store().session(id)->status));
    keychain.write(AppEnvironment::keychainKey(id, u"FOO"_s), u"changed-value"_s)->deleteLater();
    QVERIFY(!fixture.manager().redeploy(id).isError());
    QTRY_COMPARE(fixture.store().session(id)->status, SessionStatus::Ready);
    const QList<CommandSpec> &again = fixture.provider().lastSandbox()->commands();
    QVERIFY(std::any_of(again.cbegin(), again.cend(), [](const CommandSpec &spec) {
        return spec.environment.value(u"FOO"_s) == u"changed-value"_s;
    }));

    // A delete takes the keychain entry.
    SessionDelete *deletion = fixture.manager().deleteSession(id, true);
    QSignalSpy deleted(deletion, &AsyncOperation::finished);
    deletion->start();
    QVERIFY(deleted.wait(10000));
    QVERIFY2(deletion->succeeded(), qPrintable(deletion->error().message));
    QCOMPARE(SecretProbe::read(keychain, AppEnvironment::keychainKey(id, u"FOO"_s)), QString());
    delete deletion;
}

void TestUiEnvironment::newAppForm_environmentButton_collectsVariablesForTheLaunch()
{
    NewAppForm form;
    form.show();
    auto *button = form.findChild<QPushButton *>(u"environmentButton"_s);
    QVERIFY(button);
    button->click();
    auto *dialog = form.findChild<AppEnvironmentDialog *>();
    QVERIFY(dialog);
    auto *value = dialog->findChild<QLineEdit *>(u"environmentValue"_s);
    QCOMPARE(value->echoMode(), QLineEdit::Password);
    dialog->findChild<QLineEdit *>(u"environmentName"_s)->setText(u"PORT"_s);
    value->setText(Secret);
    dialog->findChild<QPushButton *>(u"environmentAdd"_s)->click();
    QVERIFY(dialog->values().isEmpty());  // PORT is SpawnAI's
    dialog->findChild<QLineEdit *>(u"environmentName"_s)->setText(u"API_KEY"_s);
    value->setText(Secret);
    dialog->findChild<QPushButton *>(u"environmentAdd"_s)->click();
    auto *list = dialog->findChild<QListWidget *>(u"environmentList"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(!list->item(0)->text().contains(Secret));
    dialog->accept();
    QCOMPARE(form.environment().value(u"API_KEY"_s), Secret);
    QVERIFY(button->text().contains(u"(1)"_s));
    form.clearPrompt();
    QVERIFY(form.environment().isEmpty());
}

QTEST_MAIN(TestUiEnvironment)
#include "test_ui_environment.moc"
