// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "sessioncodeview.h"
#include "sessionview.h"
#include "uiscreenshot.h"
#include "uitestfixture.h"
#include "uiwindowhelpers.h"
#include "versiondiffview.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

using namespace Qt::StringLiterals;
using namespace UiWindowHelpers;

// What a change changed, as a user finds it: the version list says how
// much each version changed, and Code ▸ Changes shows the diff of the
// latest version against the one before, unified or side by side.
class TestUiVersionDiff final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void changes_showWhatTheEditChanged();
};

void TestUiVersionDiff::changes_showWhatTheEditChanged()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    window.spawnTemplate(u"static-site"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Ready, 10000);
    const QString id = window.currentSessionId();
    QByteArray before;
    const AppVersion first = *fixture.store().latestAppVersion(id);
    for (const AppFile &file : first.files) {
        if (file.path == u"index.html")
            before = file.content;
    }
    QVERIFY(before.startsWith("<!doctype html>\n"));
    QVERIFY(!fixture.manager().deployEdited(id, {{u"index.html"_s, "<title>two</title>\n"_ba, false}}).isError());
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);

    // The version list: the newest on top, with what it changed.
    auto *versions = child<QComboBox>(window, u"versionList"_s);
    QTRY_COMPARE(versions->count(), 2);
    QVERIFY2(versions->itemText(0).contains(u"+1 −"_s) && versions->itemText(0).contains(u"1 file"_s),
             qPrintable(versions->itemText(0)));

    auto *view = window.findChild<SessionView *>(u"sessionView"_s);
    auto *tabs = view->findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentWidget(view->code());
    QTest::mouseClick(child<QAbstractButton>(window, u"showChangesButton"_s), Qt::LeftButton);
    VersionDiffView *changes = view->code()->changesView();
    QTRY_VERIFY(changes->isVisible());
    QCOMPARE(child<QComboBox>(window, u"diffFromVersion"_s)->currentData().toInt(), 1);
    QCOMPARE(child<QComboBox>(window, u"diffToVersion"_s)->currentData().toInt(), 2);
    QCOMPARE(changes->changedPaths(), QStringList{u"index.html"_s});
    QVERIFY2(child<QLabel>(window, u"diffSummary"_s)->text().startsWith(u"+1 −"_s),
             qPrintable(child<QLabel>(window, u"diffSummary"_s)->text()));

    // Unified, highlighted as a diff when the editor plugin is there.
    const QString unified = changes->shownText();
    QVERIFY2(unified.contains(u"\n+<title>two</title>\n"_s), qPrintable(unified));
    const QString firstOld = QString::fromUtf8(before.left(before.indexOf('\n')));
    QVERIFY2(unified.contains(u"\n-"_s + firstOld), qPrintable(unified));
    if (auto *scintilla = changes->findChild<QsciScintilla *>()) {
        QVERIFY(scintilla->lexer());
        QCOMPARE(QString::fromLatin1(scintilla->lexer()->language()), u"Diff"_s);
        QVERIFY(scintilla->isReadOnly());
    }
    saveScreenshot(window, u"version-diff"_s);

    // Side by side: the old lines on the left, the new on the right.
    QTest::mouseClick(child<QAbstractButton>(window, u"diffSideBySideButton"_s), Qt::LeftButton);
    const QString sideBySide = changes->shownText();
    QVERIFY2(sideBySide.contains(u"<title>two</title>"_s) && sideBySide.contains(firstOld.trimmed()),
             qPrintable(sideBySide));

    // Against nothing: version 1 shows every file added.
    auto *from = child<QComboBox>(window, u"diffFromVersion"_s);
    from->setCurrentIndex(from->findData(0));
    auto *to = child<QComboBox>(window, u"diffToVersion"_s);
    to->setCurrentIndex(to->findData(1));
    QCOMPARE(changes->diff().files().constFirst().change, FileDiff::Change::Added);

    // Files again: the tree and the editor are back.
    QTest::mouseClick(child<QAbstractButton>(window, u"showChangesButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!changes->isVisible());
    QVERIFY(view->code()->selectFile(u"index.html"_s));
}

QTEST_MAIN(TestUiVersionDiff)
#include "test_ui_versiondiff.moc"
