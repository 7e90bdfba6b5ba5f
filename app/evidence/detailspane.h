#pragma once

// The details of the selected event: dates in words, forum, topics, kind,
// verification status, votes per stage, citations (linked to the official
// document), the passages that speak of it, and related events. Links inside
// the pane use the ict-* schemes below and become signals, so the main window
// decides what "open a passage" or "go to an event" means.

#include "core/dataset.h"
#include "core/evidence.h"

#include <QWidget>

#include <optional>

class QTextBrowser;
class QToolButton;
class QUrl;

namespace ict::core {
class TimelineDatabase;
}

namespace ict::app {

class DetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void setDatabase(const core::TimelineDatabase *db);
    void showEvent(core::EventIndex event);
    void clear();

    std::optional<core::EventIndex> event() const { return m_event; }
    // The pane's text as shown, for tests and for copying.
    QString plainText() const;
    // The first citation formatted as a reference (what "Copy citation" copies).
    QString citationText() const;

public slots:
    void copyCitation();

signals:
    void passageActivated(qint64 passageId);
    void eventActivated(ict::core::EventIndex event);

private:
    void onAnchor(const QUrl &url);
    QString render(const core::EventDetails &details, const std::vector<core::PassageInfo> &passages) const;

    const core::TimelineDatabase *m_db = nullptr;
    std::optional<core::EventIndex> m_event;
    core::EventDetails m_details;
    QTextBrowser *m_browser = nullptr;
    QToolButton *m_copyButton = nullptr;
};

} // namespace ict::app
