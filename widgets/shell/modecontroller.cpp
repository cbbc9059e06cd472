// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/shell/modecontroller.h"

#include "widgets/common/icons.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace godwit::widgets {

namespace {

    constexpr Mode allModes[]
        = { Mode::Schema, Mode::Compare, Mode::Plan, Mode::Rehearse, Mode::Queries, Mode::Review };

    QFrame* stripFrame(QWidget* parent)
    {
        auto* strip = new QFrame(parent);
        strip->setObjectName(QStringLiteral("modeStrip"));
        strip->setFrameShape(QFrame::StyledPanel);
        strip->setAutoFillBackground(true);
        strip->setBackgroundRole(QPalette::AlternateBase);
        return strip;
    }

} // namespace

ModeController::ModeController(QMainWindow* window, QStackedWidget* central)
    : QObject(window)
    , m_window(window)
    , m_central(central)
    , m_area(new QWidget(window))
    , m_bar(new QToolBar(tr("Modes"), window))
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("modeController"));
    m_area->setObjectName(QStringLiteral("modeArea"));
    QFrame* strip = stripFrame(m_area);
    m_title = new QLabel(strip);
    m_title->setObjectName(QStringLiteral("modeTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_purpose = new QLabel(strip);
    m_purpose->setObjectName(QStringLiteral("modePurpose"));
    m_purpose->setWordWrap(true); // a long sentence wraps rather than widening the window
    m_why = new QLabel(strip);
    m_why->setObjectName(QStringLiteral("modeNextWhy"));
    m_why->setForegroundRole(QPalette::PlaceholderText);
    m_why->setWordWrap(true);
    m_why->setMaximumWidth(360);
    m_nextButton = new QPushButton(strip);
    m_nextButton->setObjectName(QStringLiteral("modeNextButton"));
    m_nextButton->setDefault(false);
    connect(m_nextButton, &QPushButton::clicked, this, [this] {
        if (QAction* next = m_guideNext ? m_guideNext.data() : m_specs.value(m_mode).next)
            next->trigger();
    });
    auto* row = new QHBoxLayout(strip);
    row->setContentsMargins(8, 3, 6, 3);
    row->addWidget(m_title);
    row->addWidget(m_purpose, 1); // the sentence gives way first on a narrow window
    row->addWidget(m_why);
    row->addWidget(m_nextButton);
    auto* column = new QVBoxLayout(m_area);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(strip);
    column->addWidget(central, 1);

    m_bar->setObjectName(QStringLiteral("modeBar"));
    m_bar->setMovable(false);
    m_bar->setFloatable(false);
    m_bar->setIconSize(QSize(24, 24));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    window->addToolBar(Qt::LeftToolBarArea, m_bar);
    m_group->setExclusive(true);
    connect(central, &QStackedWidget::currentChanged, this, &ModeController::onPageChanged);
}

ModeController::~ModeController() = default;

QString ModeController::key(Mode mode)
{
    switch (mode) {
    case Mode::Schema:
        return QStringLiteral("schema");
    case Mode::Compare:
        return QStringLiteral("compare");
    case Mode::Plan:
        return QStringLiteral("plan");
    case Mode::Rehearse:
        return QStringLiteral("rehearse");
    case Mode::Queries:
        return QStringLiteral("queries");
    case Mode::Review:
        return QStringLiteral("review");
    }
    return {};
}

std::optional<Mode> ModeController::modeFromKey(QStringView key)
{
    for (Mode mode : allModes) {
        if (ModeController::key(mode) == key)
            return mode;
    }
    return std::nullopt;
}

void ModeController::addMode(Mode mode, const Spec& spec)
{
    m_specs.insert(mode, spec);
    auto* action = new QAction(Icons::icon(spec.icon), spec.label, m_group);
    action->setObjectName(key(mode) + QStringLiteral("ModeAction"));
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(m_actions.size()))));
    action->setStatusTip(spec.purpose);
    action->setToolTip(spec.label);
    connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
    m_actions.insert(mode, action);
    m_bar->addAction(action);
    if (spec.next)
        connect(spec.next, &QAction::changed, this, &ModeController::updateStrip);
    if (m_actions.size() == 1) {
        action->setChecked(true);
        updateStrip();
    }
}

void ModeController::setManagedDocks(const QList<QDockWidget*>& docks) { m_managed = docks; }

void ModeController::setMode(Mode mode)
{
    if (!m_specs.contains(mode))
        return;
    const Mode previous = m_mode;
    if (mode != previous) {
        rememberDocks(); // the page shown last in each mode is kept by onPageChanged()
        m_mode = mode;
    }
    const Spec& spec = m_specs[mode];
    QWidget* page = m_lastPage.value(mode);
    if (!page || !spec.pages.contains(page))
        page = spec.pages.value(0);
    if (page && !spec.pages.contains(m_central->currentWidget())) {
        m_switching = true;
        m_central->setCurrentWidget(page);
        m_switching = false;
    }
    if (mode != previous)
        applyDocks(mode);
    m_actions.value(mode)->setChecked(true);
    updateStrip();
    if (mode != previous) {
        Q_EMIT modeChanged(mode);
        Q_EMIT modeEntered(mode);
    }
}

void ModeController::setModeEnabled(Mode mode, bool enabled, const QString& why)
{
    QAction* action = m_actions.value(mode);
    if (!action)
        return;
    action->setEnabled(enabled);
    const QString label = m_specs.value(mode).label;
    action->setToolTip(enabled || why.isEmpty() ? label : tr("%1: %2").arg(label, why));
    action->setStatusTip(enabled || why.isEmpty() ? m_specs.value(mode).purpose : why);
    if (!enabled && mode == m_mode && mode != Mode::Schema)
        setMode(Mode::Schema);
}

bool ModeController::isModeEnabled(Mode mode) const
{
    const QAction* action = m_actions.value(mode);
    return action && action->isEnabled();
}

void ModeController::onPageChanged()
{
    if (m_switching)
        return;
    QWidget* page = m_central->currentWidget();
    if (m_specs.value(m_mode).pages.contains(page)) {
        m_lastPage.insert(m_mode, page);
        return;
    }
    // Code showed another mode's page (a comparison finished, a file opened): follow it.
    for (Mode mode : allModes) {
        if (m_specs.value(mode).pages.contains(page)) {
            m_lastPage.insert(mode, page);
            setMode(mode);
            return;
        }
    }
}

QSet<QString> ModeController::visibleDocks() const
{
    QSet<QString> visible;
    for (QDockWidget* dock : m_managed) {
        if (!dock->isHidden())
            visible.insert(dock->objectName());
    }
    return visible;
}

void ModeController::rememberDocks() { m_docks.insert(m_mode, visibleDocks()); }

void ModeController::applyDocks(Mode mode)
{
    QSet<QString> visible;
    if (m_docks.contains(mode)) {
        visible = m_docks.value(mode);
    } else {
        for (QDockWidget* dock : m_specs.value(mode).docks)
            visible.insert(dock->objectName());
    }
    for (QDockWidget* dock : std::as_const(m_managed))
        dock->setVisible(visible.contains(dock->objectName()));
}

void ModeController::setGuide(const QString& text, QAction* next, const QString& nextText)
{
    if (m_guideNext)
        disconnect(m_guideNext, &QAction::changed, this, &ModeController::updateStrip);
    m_guide = text;
    m_guideNext = text.isEmpty() ? nullptr : next;
    m_guideNextText = nextText;
    if (m_guideNext)
        connect(m_guideNext, &QAction::changed, this, &ModeController::updateStrip);
    updateStrip();
}

QString ModeController::stripText() const { return m_purpose->text(); }

void ModeController::updateStrip()
{
    const Spec spec = m_specs.value(m_mode);
    m_title->setText(spec.label);
    m_purpose->setText(m_guide.isEmpty() ? spec.purpose : m_guide);
    m_purpose->setToolTip(m_purpose->text());
    const bool guided = !m_guide.isEmpty() && m_guideNext;
    QAction* next = guided ? m_guideNext.data() : (m_guide.isEmpty() ? spec.next : nullptr);
    const QString nextText = guided ? m_guideNextText : spec.nextText;
    m_nextButton->setVisible(next != nullptr);
    m_why->setVisible(next && !next->isEnabled() && !next->toolTip().isEmpty());
    if (!next)
        return;
    m_nextButton->setText(nextText);
    m_nextButton->setEnabled(next->isEnabled());
    // A disabled next step says why, on the strip and in its tooltip.
    const QString why = next->isEnabled() ? QString() : next->toolTip();
    m_nextButton->setToolTip(why.isEmpty() ? next->statusTip() : why);
    m_nextButton->setStatusTip(why.isEmpty() ? next->statusTip() : why);
    m_why->setText(why);
}

void ModeController::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow/modes"));
    for (Mode mode : allModes) {
        const QString name = key(mode);
        if (settings.contains(name)) {
            const QStringList docks = settings.value(name).toStringList();
            m_docks.insert(mode, QSet<QString>(docks.begin(), docks.end()));
        }
    }
    settings.endGroup();
    applyDocks(m_mode);
}

void ModeController::saveSettings() const
{
    QHash<Mode, QSet<QString>> docks = m_docks;
    docks.insert(m_mode, visibleDocks());
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow/modes"));
    for (auto it = docks.cbegin(); it != docks.cend(); ++it)
        settings.setValue(key(it.key()), QStringList(it.value().cbegin(), it.value().cend()));
    settings.endGroup();
}

} // namespace godwit::widgets
