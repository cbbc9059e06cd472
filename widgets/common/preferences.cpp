// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "rehearsal/workingcopystore.h"

#include <algorithm>
#include <memory>
#include <vector>

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace godwit::widgets {

namespace {
    const QString kLanguage = QStringLiteral("Preferences/language");
    const QString kTheme = QStringLiteral("Preferences/theme");
    const QString kRate = QStringLiteral("Preferences/rate");
    const QString kBatch = QStringLiteral("Preferences/batchSize");
    const QString kFolder = QStringLiteral("Preferences/workingCopyFolder");

    const char* themeName(Preferences::Theme theme)
    {
        switch (theme) {
        case Preferences::Theme::Light:
            return "light";
        case Preferences::Theme::Dark:
            return "dark";
        case Preferences::Theme::System:
            break;
        }
        return "system";
    }

    QPalette darkPalette()
    {
        QPalette p;
        const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
        const QColor highlight(0x35, 0x74, 0xf0), disabled(0x80, 0x80, 0x80);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, window);
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, disabled);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::red);
        p.setColor(QPalette::Link, highlight.lighter(130));
        p.setColor(QPalette::Highlight, highlight);
        p.setColor(QPalette::HighlightedText, Qt::white);
        for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
            p.setColor(QPalette::Disabled, role, disabled);
        return p;
    }

    // The translators of the running application; replaced as a whole on a language change.
    std::vector<std::unique_ptr<QTranslator>>& installedTranslators()
    {
        static std::vector<std::unique_ptr<QTranslator>> translators;
        return translators;
    }
}

Preferences Preferences::load() { return load(QSettings()); }

Preferences Preferences::load(const QSettings& settings)
{
    Preferences p;
    p.language = settings.value(kLanguage).toString();
    const QString theme = settings.value(kTheme).toString();
    if (theme == QLatin1String("light"))
        p.theme = Theme::Light;
    else if (theme == QLatin1String("dark"))
        p.theme = Theme::Dark;
    p.rate = std::clamp(settings.value(kRate, p.rate).toInt(), 0, 5000);
    p.batchSize = std::max<qint64>(0, settings.value(kBatch, 0).toLongLong());
    p.workingCopyFolder = settings.value(kFolder).toString();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    save(settings);
}

void Preferences::save(QSettings& settings) const
{
    settings.setValue(kLanguage, language);
    settings.setValue(kTheme, QString::fromLatin1(themeName(theme)));
    settings.setValue(kRate, rate);
    settings.setValue(kBatch, batchSize);
    settings.setValue(kFolder, workingCopyFolder);
}

QString Preferences::effectiveWorkingCopyFolder() const
{
    return workingCopyFolder.isEmpty() ? rehearsal::WorkingCopyStore::defaultFolder() : workingCopyFolder;
}

QList<Language> availableLanguages()
{
    // Each language under its own name, so a user who cannot read the current one finds theirs.
    return { { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("zh_CN"), QStringLiteral("简体中文") } };
}

bool installTranslations(const QString& code)
{
    auto& translators = installedTranslators();
    for (const auto& t : translators)
        QCoreApplication::removeTranslator(t.get());
    translators.clear();

    if (!code.isEmpty())
        QLocale::setDefault(QLocale(code));
    const auto install = [&translators](const QLocale& locale, const QString& name, const QString& folder) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(locale, name, QStringLiteral("_"), folder))
            return false;
        QCoreApplication::installTranslator(translator.get());
        translators.push_back(std::move(translator));
        return true;
    };
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // The user's languages in order of preference; a later language in the list must not win
    // over English, the source language, which only needs its plural forms ("1 table", "2 tables").
    const QStringList wanted = code.isEmpty() ? QLocale::system().uiLanguages() : QStringList { code };
    for (const QString& name : wanted) {
        const QLocale locale(name);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            break;
        if (install(locale, QStringLiteral("godwit"), QStringLiteral(":/i18n"))) {
            install(locale, QStringLiteral("qtbase"), qtFolder);
            return true;
        }
    }
    install(QLocale(QLocale::English), QStringLiteral("godwit"), QStringLiteral(":/i18n"));
    return false;
}

void applyTheme(Preferences::Theme theme)
{
    // The platform's style and palette as they were before any theme was applied, to go back
    // to for System.
    static const QString platformStyle = QApplication::style()->name();
    static const QPalette platformPalette = QApplication::palette();
    static bool themed = false;
    if (theme == Preferences::Theme::System) {
        if (themed) {
            QApplication::setStyle(QStyleFactory::create(platformStyle));
            QApplication::setPalette(platformPalette);
            themed = false;
        }
        return;
    }
    themed = true;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(
        theme == Preferences::Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace godwit::widgets
