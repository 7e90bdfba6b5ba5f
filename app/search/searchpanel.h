#pragma once

// Full-text search over event titles and summaries, passages and the full
// text of sources (SQLite FTS5 through core/filter/search.h). Results show
// the matching words highlighted in a short snippet; choosing one selects
// the event or opens the passage. F3 / Shift+F3 step through the results. A
// query that cannot be searched gets a short message, never an error dialog.

#include "core/dataset.h"
#include "core/filter/search.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace ict::core {
class TimelineDatabase;
}

namespace ict::app {

class SearchPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr std::size_t kMaxResults = 100;

    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    void setDatabase(const core::TimelineDatabase *db);
    QLineEdit *box() const { return m_box; }
    QListWidget *results() const { return m_results; }
    QString message() const;
    const std::vector<core::filter::SearchHit> &hits() const { return m_hits; }

public slots:
    void search(const QString &text); // runs now
    void nextResult();
    void previousResult();
    void focusBox();

signals:
    void eventChosen(ict::core::EventIndex event);
    void passageChosen(qint64 passageId);
    void sourceChosen(qint64 sourceId);

private:
    void choose(int row);
    static QString titleOf(const core::filter::SearchHit &hit);

    std::unique_ptr<core::filter::SearchIndex> m_index;
    std::vector<core::filter::SearchHit> m_hits;
    QLineEdit *m_box = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_results = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace ict::app
