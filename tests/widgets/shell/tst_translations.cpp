// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "diff/schemadiff.h"
#include "schema/schemareader.h"
#include "widgets/common/preferences.h"
#include "widgets/plan/decisionwizard.h"
#include "widgets/queries/querydialog.h"
#include "widgets/shell/connectdialog.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/preferencesdialog.h"
#include "widgets/shell/welcomepage.h"

#include <functional>
#include <memory>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>
#include <QtTest>

using namespace godwit;

namespace {

// Names and notation that read the same in every language.
const QStringList kAllowed = { QStringLiteral("SQLite"), QStringLiteral("Godwit"), QStringLiteral("SQL"),
    QStringLiteral("PostgreSQL"), QStringLiteral("Mermaid"), QStringLiteral("JSON"), QStringLiteral("DDL"),
    QStringLiteral("Flyway"), QStringLiteral("Graphviz"), QStringLiteral("Qt"), QStringLiteral("OK"),
    QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("简体中文") };

// One visible text: where it was found (the widget's place in the tree and the property), and what.
struct Text {
    QString where;
    QString text;
};

QString plain(const QString& s)
{
    return Qt::mightBeRichText(s) ? QTextDocumentFragment::fromHtml(s).toPlainText() : s;
}

void add(QList<Text>& texts, const QString& where, const QString& text)
{
    if (!text.trimmed().isEmpty())
        texts.append({ where, plain(text) });
}

// Every text a user reads in `root` and its children, in creation order (the same in every language).
QList<Text> visibleTexts(QWidget* root)
{
    QList<Text> texts;
    QList<QWidget*> widgets { root };
    widgets += root->findChildren<QWidget*>();
    for (qsizetype i = 0; i < widgets.size(); ++i) {
        QWidget* w = widgets.at(i);
        const QString where = QStringLiteral("%1#%2 %3")
                                  .arg(root->objectName())
                                  .arg(i)
                                  .arg(QString::fromLatin1(w->metaObject()->className()));
        add(texts, where + QStringLiteral(" toolTip"), w->toolTip());
        add(texts, where + QStringLiteral(" statusTip"), w->statusTip());
        if (w->isWindow())
            add(texts, where + QStringLiteral(" windowTitle"), w->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(w))
            add(texts, where + QStringLiteral(" text"), label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(texts, where + QStringLiteral(" text"), button->text());
        if (auto* link = qobject_cast<QCommandLinkButton*>(w))
            add(texts, where + QStringLiteral(" description"), link->description());
        if (auto* box = qobject_cast<QGroupBox*>(w))
            add(texts, where + QStringLiteral(" title"), box->title());
        if (auto* menu = qobject_cast<QMenu*>(w))
            add(texts, where + QStringLiteral(" title"), menu->title());
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            add(texts, where + QStringLiteral(" placeholder"), edit->placeholderText());
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int item = 0; item < combo->count(); ++item)
                add(texts, where + QStringLiteral(" item %1").arg(item), combo->itemText(item));
        }
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                add(texts, where + QStringLiteral(" tab %1").arg(tab), tabs->tabText(tab));
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            for (int section = 0; section < view->model()->columnCount(); ++section)
                add(texts, where + QStringLiteral(" header %1").arg(section),
                    view->model()->headerData(section, Qt::Horizontal).toString());
        }
        const QList<QAction*> actions = w->actions();
        for (qsizetype a = 0; a < actions.size(); ++a) {
            add(texts, where + QStringLiteral(" action %1").arg(a), actions.at(a)->text());
            add(texts, where + QStringLiteral(" action %1 tip").arg(a), actions.at(a)->statusTip());
        }
    }
    return texts;
}

// The windows and dialogs a user meets, built afresh (so in the language installed now).
using Builder = std::function<std::unique_ptr<QWidget>()>;

std::unique_ptr<QWidget> mainWindow()
{
    auto window = std::make_unique<widgets::MainWindow>();
    window->setObjectName(QStringLiteral("mainWindow"));
    window->setDialogsEnabled(false);
    window->setExampleScriptPath(test::sampleDir() + QStringLiteral("/V1__orders.sql"));
    window->resize(1366, 768);
    window->show();
    QSignalSpy loaded(window.get(), &widgets::MainWindow::schemaLoaded);
    window->welcomePage()->openExampleButton()->click();
    if (!loaded.wait(10000))
        qWarning("the example did not load");
    return window;
}

std::unique_ptr<QWidget> welcomeWindow()
{
    auto window = std::make_unique<widgets::MainWindow>();
    window->setObjectName(QStringLiteral("welcomeWindow"));
    window->setDialogsEnabled(false);
    window->show();
    return window;
}

std::unique_ptr<QWidget> decisionWizard()
{
    const QStringList v4 = { QStringLiteral("V1__orders.sql"), QStringLiteral("V2__add_shipping_eta.sql"),
        QStringLiteral("V3__backfill_shipping_eta.sql"), QStringLiteral("V4__contract_estimated_delivery.sql") };
    const auto before = schema::SchemaReader::readScript(test::sampleScript({ v4.first() }));
    const auto after = schema::SchemaReader::readScript(test::sampleScript(v4));
    if (!before || !after)
        return nullptr;
    auto wizard = std::make_unique<widgets::DecisionWizard>(diff::SchemaDiff::compare(*before, *after));
    wizard->setObjectName(QStringLiteral("decisionWizard"));
    return wizard;
}

// The English source texts of a catalogue, as patterns (%1, %n stand for anything), with the ones
// its translation keeps as they are (a term the language says in English).
struct Catalogue {
    QList<QRegularExpression> untranslatedSources;
    QStringList keptSources; // translated as themselves on purpose
};

Catalogue readCatalogue(const QString& path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&file);
    QString source;
    QStringList translations;
    static const QRegularExpression marker(QStringLiteral("%L?\\d|%n"));
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2}"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.isStartElement() && (xml.name() == QLatin1String("translation")))
            translations = { xml.readElementText(QXmlStreamReader::IncludeChildElements) };
        else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            QString withoutMarkers = source;
            withoutMarkers.remove(marker);
            const bool kept = translations.contains(source);
            if (kept)
                c.keptSources << plain(source);
            if (!kept && letters.match(withoutMarkers).hasMatch() && !kAllowed.contains(source)) {
                QString pattern;
                for (const QString& part : source.split(marker))
                    pattern += (pattern.isNull() ? QString(QLatin1String("")) : QStringLiteral(".+?"))
                        + QRegularExpression::escape(plain(part));
                c.untranslatedSources.append(QRegularExpression(
                    QRegularExpression::anchoredPattern(pattern), QRegularExpression::DotMatchesEverythingOption));
            }
            source.clear();
            translations.clear();
        }
    }
    return c;
}

} // namespace

Q_DECLARE_METATYPE(Builder)

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QDir::addSearchPath(QStringLiteral("icons"), QStringLiteral(GODWIT_TEST_SOURCE_DIR "/../resources/icons"));
        QCoreApplication::setOrganizationName(QStringLiteral("GodwitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    }
    void cleanupTestCase() { widgets::installTranslations(QStringLiteral("en")); }

    void catalogueLoads_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("quit"); // File ▸ Quit in that language
        QTest::addRow("German") << "de"
                                << "&Beenden";
        QTest::addRow("Simplified Chinese") << "zh_CN"
                                            << "退出(&Q)";
    }
    void catalogueLoads()
    {
        QFETCH(QString, language);
        QFETCH(QString, quit);
        QVERIFY(widgets::installTranslations(language));
        QCOMPARE(QCoreApplication::translate("godwit::widgets::MainActions", "&Quit"), quit);
        // English needs no catalogue: the source text stands.
        QVERIFY(!widgets::installTranslations(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("godwit::widgets::MainActions", "&Quit"), QStringLiteral("&Quit"));
    }

    void everyWindowIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Builder>("build");
        const QList<std::pair<const char*, Builder>> windows = {
            { "main window with the example", mainWindow },
            { "welcome page", welcomeWindow },
            { "preferences",
                [] { return std::unique_ptr<QWidget>(new widgets::PreferencesDialog(widgets::Preferences())); } },
            { "connect to PostgreSQL", [] { return std::unique_ptr<QWidget>(new widgets::ConnectDialog()); } },
            { "query", [] { return std::unique_ptr<QWidget>(new widgets::QueryDialog()); } },
            { "decision wizard", decisionWizard },
        };
        for (const QString& language : { QStringLiteral("de"), QStringLiteral("zh_CN") }) {
            for (const auto& [name, build] : windows)
                QTest::addRow("%s: %s", qPrintable(language), name) << language << build;
        }
    }
    // A text on screen that is still its English source (%1 and %n standing for anything) is a
    // string that missed tr() or the catalogue.
    void everyWindowIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(Builder, build);
        const Catalogue catalogue
            = readCatalogue(QStringLiteral(GODWIT_TEST_SOURCE_DIR "/../translations/godwit_%1.ts").arg(language));
        QVERIFY(!catalogue.untranslatedSources.isEmpty() || language.isEmpty());
        QMap<QString, QString> english;
        {
            widgets::installTranslations(QStringLiteral("en"));
            const std::unique_ptr<QWidget> window = build();
            QVERIFY(window);
            for (const Text& t : visibleTexts(window.get()))
                english.insert(t.where, t.text);
        }
        QVERIFY(widgets::installTranslations(language));
        const std::unique_ptr<QWidget> window = build();
        QVERIFY(window);
        QStringList untranslated;
        // Data (names of tables and columns, file names, numbers) reads the same in every language.
        static const QRegularExpression data(QStringLiteral("^[\\w./:@-]*$|^[^A-Za-z]*$|^[\\d.,]+\\s?[kMGT]?i?B$"));
        for (const Text& t : visibleTexts(window.get())) {
            if (english.value(t.where) == t.text && !data.match(t.text).hasMatch() && !kAllowed.contains(t.text)
                && !catalogue.keptSources.contains(t.text)) {
                untranslated << QStringLiteral("%1: \"%2\" (as in English)").arg(t.where, t.text);
                continue;
            }
            for (const QRegularExpression& source : catalogue.untranslatedSources) {
                if (source.match(t.text).hasMatch()) {
                    untranslated << QStringLiteral("%1: \"%2\"").arg(t.where, t.text);
                    break;
                }
            }
        }
        widgets::installTranslations(QStringLiteral("en"));
        if (QByteArray(QTest::currentDataTag()).endsWith("decision wizard"))
            QEXPECT_FAIL("",
                "the plan's decision tree, step titles and explanations are still English sentences "
                "built in model/plan",
                Continue);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
