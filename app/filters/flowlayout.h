#pragma once

// Lays its items out left to right and wraps them onto a new line when the
// width runs out, like words in a paragraph. The filter chips use it: in a
// single row, five filters with long forum names made the main window wider
// than a laptop screen, since a row is at least as wide as all its chips.
// Its minimum width is that of its widest item; its height follows the width
// (heightForWidth), so the lines grow downwards instead.

#include <QLayout>
#include <QList>

namespace ict::app {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(int horizontalSpacing = 4, int verticalSpacing = 4);
    ~FlowLayout() override;
    FlowLayout(const FlowLayout &) = delete;
    FlowLayout &operator=(const FlowLayout &) = delete;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override; // everything on one line
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only when `apply`) and returns the height
    // they take, margins included.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

} // namespace ict::app
