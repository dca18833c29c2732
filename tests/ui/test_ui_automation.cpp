// SPDX-License-Identifier: MIT
#include "api/apihost.h"
#include "api/hostlock.h"
#include "automationpage.h"
#include "common/paths.h"
#include "common/pendingoperation.h"
#include "secrets/memorysecretstore.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Settings > Automation: the address the window serves at, and the
// sentence that another SpawnAI already hosts the folder.
class TestUiAutomation final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void serving_showsTheAddress_andCopyTokenCopiesAWorkingToken();
    void anotherHost_isNamed_andNothingIsServed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUiAutomation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Paths::setDataDirOverride(m_dir->path());
}

void TestUiAutomation::serving_showsTheAddress_andCopyTokenCopiesAWorkingToken()
{
    AppSettings settings;
    MemorySecretStore secrets;
    AutomationPage page(&settings);
    QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("apiEnabledCheck"))->isChecked());
    ApiHost host(m_dir->path(), {}, &secrets);
    page.setHost(&host);
    ApiHost::Options options;
    options.addresses = {QHostAddress(QHostAddress::LocalHost)};
    PendingOperation *starting = host.start(options);
    QSignalSpy finished(starting, &AsyncOperation::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(starting->succeeded());
    auto *state = page.findChild<QLabel *>(QStringLiteral("apiStateLabel"));
    QCOMPARE(state->text(), host.url().toString());
    auto *copy = page.findChild<QPushButton *>(QStringLiteral("copyTokenButton"));
    QVERIFY(copy->isEnabled());

    // What a user pastes into a script opens the API.
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied.size(), 43);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(host.url().resolved(QUrl(QStringLiteral("/api/v1/templates"))));
    request.setRawHeader("Authorization", "Bearer " + copied.toLatin1());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy answered(reply.get(), &QNetworkReply::finished);
    QVERIFY(answered.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestUiAutomation::anotherHost_isNamed_andNothingIsServed()
{
    HostLock other(m_dir->path());
    QVERIFY(other.tryLock());
    AppSettings settings;
    AutomationPage page(&settings);
    ApiHost host(m_dir->path(), {}, nullptr);
    page.setHost(&host);
    PendingOperation *starting = host.start({});
    QSignalSpy finished(starting, &AsyncOperation::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!starting->succeeded());
    QVERIFY(!host.isServing());
    QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("apiStateLabel"))->text().contains(u"already hosts the API"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("apiStateLabel"))->text().contains(QString::number(QCoreApplication::applicationPid())));
}

QTEST_MAIN(TestUiAutomation)
#include "test_ui_automation.moc"
