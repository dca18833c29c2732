// SPDX-License-Identifier: MIT
#include "billing/pricetable.h"
#include "priceoverrideseditor.h"
#include "settings/appsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Settings > Budget > Prices: what the user types is what the spend meter
// prices with, and it is still there the next time Settings opens.
class TestUiPriceOverrides : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void typedPriceIsSavedAndShownAgain()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"settings.ini"_s);
        {
            AppSettings settings(file);
            PriceOverridesEditor editor(&settings);
            auto *table = editor.findChild<QTableWidget *>(u"priceOverridesTable"_s);
            QVERIFY(table);
            QTest::mouseClick(editor.findChild<QPushButton *>(u"addPriceButton"_s), Qt::LeftButton);
            QCOMPARE(table->rowCount(), 1);
            QVERIFY(settings.priceOverrides().isEmpty());  // no model name yet: nothing to save
            table->item(0, 1)->setText(u"2.5"_s);
            table->item(0, 2)->setText(u"12"_s);
            table->item(0, 0)->setText(u"my-model"_s);

            SpawnError error;
            const auto prices = PriceTable::pricesFromJson(
                QJsonDocument::fromJson(settings.priceOverrides().toUtf8()).object().value(u"models").toArray(), &error);
            QVERIFY2(prices, qPrintable(error.message));
            QCOMPARE(prices->size(), 1);
            QCOMPARE(prices->first().model, u"my-model"_s);
            QCOMPARE(prices->first().input, 2.5);
            QCOMPARE(prices->first().output, 12.0);
        }
        AppSettings reopened(file);
        PriceOverridesEditor editor(&reopened);
        auto *table = editor.findChild<QTableWidget *>(u"priceOverridesTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"my-model"_s);
        QCOMPARE(table->item(0, 1)->text(), u"2.5"_s);

        table->setCurrentCell(0, 0);
        QTest::mouseClick(editor.findChild<QPushButton *>(u"removePriceButton"_s), Qt::LeftButton);
        QVERIFY(reopened.priceOverrides().isEmpty());
    }

    // A price is saved once its input and output are both typed: a row
    // half-filled, or a model named with no price, prices nothing (and
    // makes nothing free).
    void halfTypedPrice_isNotSaved()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"settings.ini"_s));
        PriceOverridesEditor editor(&settings);
        auto *table = editor.findChild<QTableWidget *>(u"priceOverridesTable"_s);
        QTest::mouseClick(editor.findChild<QPushButton *>(u"addPriceButton"_s), Qt::LeftButton);
        table->item(0, 0)->setText(u"my-model"_s);
        QVERIFY(settings.priceOverrides().isEmpty());
        table->item(0, 1)->setText(u"2"_s);
        QVERIFY(settings.priceOverrides().isEmpty());
        table->item(0, 2)->setText(u"8"_s);
        SpawnError error;
        const auto prices = PriceTable::pricesFromJson(
            QJsonDocument::fromJson(settings.priceOverrides().toUtf8()).object().value(u"models").toArray(), &error);
        QVERIFY(prices && prices->size() == 1);
        QCOMPARE(prices->first().output, 8.0);
        // Empty cache prices follow the input price for a model that is not Claude.
        QCOMPARE(prices->first().cacheWrite, 2.0);
        QCOMPARE(prices->first().cacheRead, 2.0);
    }
};

QTEST_MAIN(TestUiPriceOverrides)
#include "test_ui_priceoverrides.moc"
