#include "app/emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ict::app {

namespace {

// Wide enough for a long path in the reason, narrow enough to read as a block.
constexpr int kTextWidthPx = 560;
constexpr qreal kHeadlineScale = 1.5;
constexpr qreal kDetailsScale = 0.9;

} // namespace

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(tr("No timeline data is loaded"), this))
    , m_reason(new QLabel(this))
    , m_details(new QLabel(this))
    , m_openButton(new QPushButton(tr("Open Database…"), this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_headline->setObjectName(QStringLiteral("emptyStateHeadline"));
    m_reason->setObjectName(QStringLiteral("emptyStateReason"));
    m_details->setObjectName(QStringLiteral("emptyStateDetails"));
    m_openButton->setObjectName(QStringLiteral("emptyStateOpenButton"));

    // Sizes only, no colours: the palette keeps the text readable in dark mode.
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * kHeadlineScale);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setAlignment(Qt::AlignCenter);

    for (QLabel *label : {m_reason, m_details}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse); // so a path can be copied
        // At most this wide, but narrower in a narrow window: wrapped text
        // needs no fixed width, and a fixed one kept the whole window from
        // being narrower than the empty state.
        label->setMaximumWidth(kTextWidthPx);
    }
    m_details->setForegroundRole(QPalette::PlaceholderText);
    QFont detailsFont = m_details->font();
    detailsFont.setPointSizeF(detailsFont.pointSizeF() * kDetailsScale);
    m_details->setFont(detailsFont);
    m_details->hide();

    m_openButton->setDefault(true);
    connect(m_openButton, &QPushButton::clicked, this, &EmptyState::openRequested);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_openButton);
    buttonRow->addStretch();

    auto *column = new QVBoxLayout(this);
    column->addStretch();
    column->addWidget(m_headline);
    column->addSpacing(8);
    column->addWidget(m_reason, 0, Qt::AlignHCenter);
    column->addWidget(m_details, 0, Qt::AlignHCenter);
    column->addSpacing(16);
    column->addLayout(buttonRow);
    column->addStretch();
}

void EmptyState::setReason(const QString &reason, const QString &details)
{
    m_reason->setText(reason);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
}

QString EmptyState::reason() const
{
    return m_reason->text();
}

QString EmptyState::details() const
{
    return m_details->text();
}

} // namespace ict::app
