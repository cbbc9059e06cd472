// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobrunner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAction;
class QProgressDialog;

namespace godwit::widgets {

class MainWindow;
class ModeController;

// "Learn Expand-Contract" (the welcome page and Help): the orders example as a project — a
// database of 1,000,000 orders, made once in the working-copy folder, with the bundled
// migrations folder (V2–V4 retire orders.estimated_delivery for shipping_eta) as its target —
// and a guide on the mode strip that leads Compare → Plan → Rehearse → a staged mistake (the
// same plan without its dual-write) → Review, one visible next step at a time. Rehearsals run
// at the Classroom pace: the backfill takes about a minute, with a live ETA.
class GuidedExample final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidedExample)
public:
    enum class Step { Off, Making, Compare, Plan, Rehearse, Mistake, Review };
    static constexpr qint64 DefaultOrders = 1'000'000;

    // `samples` is the folder of the bundled V1–V4 migrations (a resource folder in the app).
    GuidedExample(MainWindow* window, ModeController* modes, QString samples);
    ~GuidedExample() override;

    // Makes the example's database (or reuses the one made before), opens it as a project and
    // compares it with its migrations; the guide follows from there.
    void start();
    void stop();
    void setOrders(qint64 orders) { m_orders = orders; } // tests: a smaller example
    void setFolder(const QString& folder) { m_folder = folder; } // default: the working-copy folder's
    void setSamples(const QString& samples) { m_samples = samples; }
    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString projectPath() const;
    [[nodiscard]] QAction* startAction() const { return m_startAction; }
    [[nodiscard]] QAction* mistakeAction() const { return m_mistake; }
    // Milliseconds from start() to the Compare step (the closing note's launch-to-Compare time).
    [[nodiscard]] qint64 elapsedToCompare() const { return m_toCompare; }

Q_SIGNALS:
    void stepChanged(godwit::widgets::GuidedExample::Step step);
    void errorOccurred(const QString& message, const QString& details);

private:
    [[nodiscard]] QString folder() const;
    void makeDatabase();
    void closeProgress();
    void openProject();
    [[nodiscard]] bool copyMigrations(QString* error) const;
    void setStep(Step step);
    void showGuide();
    void stageMistake();
    void onRehearsalFinished(bool ok);

    MainWindow* m_window = nullptr;
    ModeController* m_modes = nullptr;
    QString m_samples;
    QString m_folder;
    qint64 m_orders = DefaultOrders;
    Step m_step = Step::Off;
    QAction* m_startAction = nullptr;
    QAction* m_mistake = nullptr;
    QPointer<QProgressDialog> m_progress;
    QElapsedTimer m_clock;
    qint64 m_toCompare = -1;
    bool m_awaitingCompare = false; // the project is open; its comparison is on its way
    JobRunner m_runner;
};

} // namespace godwit::widgets
