#pragma once

// What the window shows when no database is loaded: why, and a button to
// open one. A start-up failure lands here instead of in a modal dialog, which
// would block --screenshot and greet the user with an error before a window.

#include <QWidget>

class QLabel;
class QPushButton;

namespace ict::app {

class EmptyState : public QWidget {
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    // `reason` is the sentence a user reads; `details` (optional, smaller and
    // dimmer) is the technical part, e.g. which table is missing.
    void setReason(const QString &reason, const QString &details = {});
    QString reason() const;
    QString details() const;

signals:
    void openRequested();

private:
    QLabel *m_headline = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace ict::app
