#pragma once

// A source's full text with its passages marked. Opening a passage scrolls it
// into view and selects it (the text cursor's selection is the passage, so
// copying works as a reader expects); every other passage of the source is
// lightly marked, and clicking one emits passageClicked so the main window
// can show and select the events it is linked to.

#include "core/evidence.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace ict::core {
class TimelineDatabase;
}

namespace ict::app {

class SourceReader : public QWidget {
    Q_OBJECT
public:
    explicit SourceReader(QWidget *parent = nullptr);

    void setDatabase(const core::TimelineDatabase *db);
    // Opens the passage's source with the passage highlighted; false (and
    // nothing changes) when the passage is unknown.
    bool showPassage(qint64 passageId);
    // Opens a source at its beginning, its passages marked.
    bool showSource(qint64 sourceId);
    void clear();

    std::optional<qint64> passage() const { return m_passage; }
    QTextBrowser *textView() const { return m_text; }
    QString headerText() const;
    // The UTF-16 range [first, second) of a passage in the shown text.
    std::pair<int, int> rangeOf(const core::PassageInfo &passage) const;

public slots:
    void copyQuoteWithCitation();

signals:
    void passageClicked(qint64 passageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void markPassages();
    bool loadSource(qint64 sourceId);

    const core::TimelineDatabase *m_db = nullptr;
    std::optional<qint64> m_passage;
    core::SourceInfo m_source;
    std::vector<core::PassageInfo> m_passages; // every passage of the source, in text order
    std::vector<int> m_utf16Of;                // code point index -> UTF-16 index (size = code points + 1)
    QLabel *m_header = nullptr;
    QTextBrowser *m_text = nullptr;
    QToolButton *m_copyButton = nullptr;
    QPoint m_pressPos;
};

} // namespace ict::app
