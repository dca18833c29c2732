// SPDX-License-Identifier: MIT
#include "uitestfixture.h"
#include "uiwindowhelpers.h"

#include "billing/pricetable.h"
#include "costdashboard.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "sessionview.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiWindowHelpers;

// A model nobody priced is never shown as free: the form, the session and
// the dashboard say "price unknown", and Set price… takes the user to the
// one place that fixes it, with the model's row being edited.
class TestUiUnpriced final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        // Past the first run: the window shows the new-app form, not the welcome choices.
        qputenv("ANTHROPIC_API_KEY", "sk-ant-test");
    }
    void cleanup() { PriceTable::setUserOverrides({}); }
    void form_saysPriceUnknown_andSetPriceFixesIt();
    void sessionView_countsUnpricedRequestsApart_andSaysWhatCachingSaved();
    void dashboard_saysWhatIsNotInTheTotal();

private:
    static QString addGenerated(UiFixture &fixture, const QString &model, const LlmUsageRecord &usage);
};

QString TestUiUnpriced::addGenerated(UiFixture &fixture, const QString &model, const LlmUsageRecord &usage)
{
    const QString id = fixture.addSession(u"a timer"_s, SessionStatus::Stopped, QDateTime::currentDateTimeUtc());
    LlmUsageRecord row = usage;
    row.sessionId = id;
    row.provider = u"anthropic"_s;
    row.model = model;
    row.purpose = u"prompt"_s;
    if (fixture.store().recordLlmUsage(row).isError())
        return {};
    return id;
}

void TestUiUnpriced::form_saysPriceUnknown_andSetPriceFixesIt()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    MemorySecretStore secrets;
    MainWindow window(&fixture.manager(), &secrets, &settings);
    QVERIFY(showWindow(window));
    // What the AppContext does in the app: the user's prices apply at once.
    connect(&settings, &AppSettings::changed, &window, [&settings](SettingKey key) {
        if (key != SettingKey::PriceOverrides)
            return;
        SpawnError error;
        const auto prices = PriceTable::pricesFromJson(
            QJsonDocument::fromJson(settings.priceOverrides().toUtf8()).object().value(u"models").toArray(), &error);
        PriceTable::setUserOverrides(prices.value_or(QList<ModelPrice>()));
    });

    child<QPlainTextEdit>(window, u"promptEdit"_s)->setPlainText(u"a pomodoro timer"_s);
    auto *model = child<QComboBox>(window, u"modelCombo"_s);
    model->setCurrentText(u"claude-future-9"_s);
    auto *estimate = child<QLabel>(window, u"costEstimate"_s);
    QTRY_VERIFY2(estimate->text().startsWith(u"price unknown for claude-future-9"_s), qPrintable(estimate->text()));
    auto *setPrice = child<QPushButton>(window, u"setPriceButton"_s);
    QVERIFY(setPrice->isVisible());

    QTest::mouseClick(setPrice, Qt::LeftButton);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Budget);
    auto *table = dialog->findChild<QTableWidget *>(u"priceOverridesTable"_s);
    QVERIFY(table);
    QCOMPARE(table->currentRow(), table->rowCount() - 1);
    QCOMPARE(table->item(table->currentRow(), 0)->text(), u"claude-future-9"_s);
    QCOMPARE(table->currentColumn(), 1);  // the input price, ready to type
    // Looking is not choosing: no price is saved, so the model is not free.
    QVERIFY(settings.priceOverrides().isEmpty());

    table->item(table->currentRow(), 1)->setText(u"3"_s);
    table->item(table->currentRow(), 2)->setText(u"15"_s);
    QVERIFY(!settings.priceOverrides().isEmpty());
    // Cache prices left empty follow Claude's rule, not $0, and the table shows them.
    const std::optional<ModelPrice> saved = PriceTable::current().price(u"claude-future-9"_s);
    QVERIFY(saved);
    QCOMPARE(saved->cacheWrite, 3.75);
    QCOMPARE(saved->cacheRead, 0.3);
    QCOMPARE(table->item(table->currentRow(), 3)->text(), u"3.75"_s);
    QTRY_VERIFY2(estimate->text().startsWith(u"about $"_s), qPrintable(estimate->text()));
    QVERIFY(!setPrice->isVisible());

    // A local model on the user's own server is free, and says so.
    auto *provider = child<QComboBox>(window, u"providerCombo"_s);
    provider->setCurrentIndex(provider->findData(u"openai"_s));
    model->setCurrentText(u"qwen2.5-coder"_s);
    QTRY_COMPARE(estimate->text(), u"the model is free (your own server)"_s);
    QVERIFY(!setPrice->isVisible());
}

void TestUiUnpriced::sessionView_countsUnpricedRequestsApart_andSaysWhatCachingSaved()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    LlmUsageRecord unknown;
    unknown.inputTokens = 1000;
    unknown.outputTokens = 2000;
    unknown.priceStatus = PriceStatus::Unknown;
    const QString unpriced = addGenerated(fixture, u"claude-future-9"_s, unknown);
    LlmUsageRecord cached;
    cached.inputTokens = 500;
    cached.cacheReadTokens = 100'000;
    cached.outputTokens = 1000;
    cached.cost = PriceTable::builtin().cost(u"claude-sonnet-5-5"_s, {500, 1000, 0, 100'000});
    cached.uncachedCost = PriceTable::builtin().uncachedCost(u"claude-sonnet-5-5"_s, {500, 1000, 0, 100'000});
    const QString saved = addGenerated(fixture, u"claude-sonnet-5-5"_s, cached);

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    MemorySecretStore secrets;
    MainWindow window(&fixture.manager(), &secrets, &settings);
    QVERIFY(showWindow(window));
    window.selectSession(unpriced);
    auto *cost = child<QLabel>(window, u"sessionCost"_s);
    QTRY_VERIFY2(cost->text().contains(u"+ 1 request(s) to claude-future-9 at an unknown price"_s), qPrintable(cost->text()));
    auto *setPrice = child<QPushButton>(window, u"sessionSetPriceButton"_s);
    QVERIFY(setPrice->isVisible());
    QTest::mouseClick(setPrice, Qt::LeftButton);
    QTRY_VERIFY(window.findChild<SettingsDialog *>() && window.findChild<SettingsDialog *>()->isVisible());
    QCOMPARE(window.findChild<SettingsDialog *>()->currentPage(), SettingsDialog::Page::Budget);

    // $0.021 with the cache; $0.211 without: the view says what it saved.
    window.selectSession(saved);
    QTRY_VERIFY2(cost->text().contains(u"prompt caching saved $0.19"_s), qPrintable(cost->text()));
    QVERIFY(!setPrice->isVisible());
}

void TestUiUnpriced::dashboard_saysWhatIsNotInTheTotal()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    LlmUsageRecord unknown;
    unknown.inputTokens = 1000;
    unknown.outputTokens = 2000;
    unknown.priceStatus = PriceStatus::Unknown;
    addGenerated(fixture, u"claude-future-9"_s, unknown);
    CostDashboard dashboard(&fixture.manager());
    QSignalSpy loaded(&dashboard, &CostDashboard::loaded);
    dashboard.show();
    QVERIFY(loaded.wait(10000));
    auto *notice = dashboard.findChild<QLabel *>(u"unpricedCosts"_s);
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->text().contains(u"claude-future-9 (1000 tokens in, 2000 out)"_s), qPrintable(notice->text()));
    QSignalSpy requested(&dashboard, &CostDashboard::priceRequested);
    QTest::mouseClick(dashboard.findChild<QPushButton *>(u"dashboardSetPriceButton"_s), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), u"claude-future-9"_s);
    QVERIFY(dashboard.findChild<QLabel *>(u"estimateAccuracy"_s)->text().startsWith(u"Estimates:"_s));
}

QTEST_MAIN(TestUiUnpriced)
#include "test_ui_unpriced.moc"
