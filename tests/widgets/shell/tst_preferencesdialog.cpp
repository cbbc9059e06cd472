// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "filehash.h"
#include "widgets/common/preferences.h"
#include "widgets/shell/preferencesdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QtTest>

using godwit::widgets::Preferences;
using godwit::widgets::PreferencesDialog;

Q_DECLARE_METATYPE(Preferences)

namespace {

bool writeCopy(const QString& path, qint64 bytes, int daysAgo)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(bytes, 'x')) != bytes || !f.flush())
        return false;
    return f.setFileTime(QDateTime::currentDateTime().addDays(-daysAgo), QFileDevice::FileModificationTime);
}

} // namespace

class TestPreferencesDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // English with its plural forms, as the application runs it ("1 working copy takes").
    void initTestCase() { godwit::widgets::installTranslations(QStringLiteral("en")); }

    void roundTrips_data()
    {
        QTest::addColumn<Preferences>("preferences");
        QTest::addRow("defaults") << Preferences();
        Preferences german;
        german.language = QStringLiteral("de");
        german.theme = Preferences::Theme::Dark;
        german.rate = 750;
        german.batchSize = 2500;
        german.workingCopyFolder = QStringLiteral("/srv/rehearsals");
        QTest::addRow("German, dark, chosen defaults") << german;
        Preferences chinese;
        chinese.language = QStringLiteral("zh_CN");
        chinese.theme = Preferences::Theme::Light;
        chinese.rate = 0;
        QTest::addRow("Chinese, light, no load") << chinese;
    }
    // What the dialog shows is what it returns, and QSettings keeps it.
    void roundTrips()
    {
        QFETCH(Preferences, preferences);
        const QString ini = godwit::test::scratchDir() + QStringLiteral("/prefs.ini");
        {
            QSettings settings(ini, QSettings::IniFormat);
            preferences.save(settings);
        }
        const QSettings settings(ini, QSettings::IniFormat);
        const Preferences loaded = Preferences::load(settings);
        QCOMPARE(loaded, preferences);
        PreferencesDialog dialog(loaded);
        QCOMPARE(dialog.preferences(), preferences);
    }

    void choicesChangeWhatItReturns()
    {
        PreferencesDialog dialog { Preferences() };
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageBox"));
        auto* theme = dialog.findChild<QComboBox*>(QStringLiteral("themeBox"));
        auto* rate = dialog.findChild<QSpinBox*>(QStringLiteral("rateBox"));
        auto* batch = dialog.findChild<QSpinBox*>(QStringLiteral("batchBox"));
        QVERIFY(language && theme && rate && batch);
        // System, then English, Deutsch and 简体中文 under their own names.
        QCOMPARE(language->count(), 4);
        QCOMPARE(language->itemText(2), QStringLiteral("Deutsch"));
        QCOMPARE(language->itemText(3), QStringLiteral("简体中文"));
        language->setCurrentIndex(3);
        theme->setCurrentIndex(theme->findData(int(Preferences::Theme::Dark)));
        rate->setValue(400);
        batch->setValue(5000);
        const Preferences chosen = dialog.preferences();
        QCOMPARE(chosen.language, QStringLiteral("zh_CN"));
        QCOMPARE(chosen.theme, Preferences::Theme::Dark);
        QCOMPARE(chosen.rate, 400);
        QCOMPARE(chosen.batchSize, qint64(5000));
    }

    // The dialog in German, saved for a look (preferences-de.png in the test's folder): the
    // longer German labels must fit.
    void germanLayout()
    {
        QVERIFY(godwit::widgets::installTranslations(QStringLiteral("de")));
        PreferencesDialog dialog { Preferences() };
        dialog.show();
        QCoreApplication::processEvents();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        QVERIFY(dialog.grab().save(QDir::current().absoluteFilePath(QStringLiteral("preferences-de.png"))));
        godwit::widgets::installTranslations(QStringLiteral("en"));
    }

    void removesOldCopies_data()
    {
        QTest::addColumn<int>("olderThanDays");
        QTest::addColumn<int>("left");
        QTest::addRow("older than a week") << 7 << 2;
        QTest::addRow("older than a day") << 1 << 1;
        QTest::addRow("all") << 0 << 0;
    }
    // The dialog counts the copies in its folder, and Remove deletes the old ones and nothing else.
    void removesOldCopies()
    {
        QFETCH(int, olderThanDays);
        QFETCH(int, left);
        const QDir folder(godwit::test::scratchDir());
        QVERIFY(writeCopy(folder.filePath("orders-20261101-100000-000.db"), 3000, 30));
        QVERIFY(writeCopy(folder.filePath("orders-20261205-100000-000.db"), 2000, 2));
        QVERIFY(writeCopy(folder.filePath("orders-20261207-100000-000.db"), 1000, 0));
        QVERIFY(writeCopy(folder.filePath("orders.db"), 500, 60));
        const auto keep = godwit::test::databaseFingerprint(folder.filePath("orders.db"));

        Preferences p;
        p.workingCopyFolder = folder.absolutePath();
        PreferencesDialog dialog(p);
        auto* usage = dialog.findChild<QLabel*>(QStringLiteral("usageLabel"));
        auto* days = dialog.findChild<QSpinBox*>(QStringLiteral("olderThanBox"));
        auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("removeCopiesButton"));
        QVERIFY(usage && days && remove);
        QVERIFY2(usage->text().startsWith(QStringLiteral("3 working copies take ")), qPrintable(usage->text()));
        QVERIFY(remove->isEnabled());

        days->setValue(olderThanDays);
        remove->click();
        const QStringList copies = folder.entryList({ QStringLiteral("orders-*.db") }, QDir::Files);
        QCOMPARE(copies.size(), left);
        const QString expected
            = left == 1 ? QStringLiteral("1 working copy takes ") : QStringLiteral("%1 working copies take ").arg(left);
        QVERIFY2(usage->text().startsWith(expected), qPrintable(usage->text()));
        QCOMPARE(remove->isEnabled(), left > 0);
        QCOMPARE(godwit::test::databaseFingerprint(folder.filePath("orders.db")), keep);
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
