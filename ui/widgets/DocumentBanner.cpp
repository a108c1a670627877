#include "widgets/DocumentBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace duibiao {

namespace {

constexpr int maxDetailLength = 300;

} // namespace

DocumentBanner::DocumentBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("documentBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8)); // amber: look, not alarm
    colours.setColor(QPalette::WindowText, QColor(0x3a, 0x2a, 0x00));
    setPalette(colours);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("documentBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backup = new QPushButton(tr("Open newest good backup"), this);
    m_backup->setObjectName(QStringLiteral("openGoodBackupButton"));
    m_copy = new QPushButton(tr("Save a copy…"), this);
    m_copy->setObjectName(QStringLiteral("bannerSaveCopyButton"));
    connect(m_backup, &QPushButton::clicked, this, &DocumentBanner::openGoodBackupRequested);
    connect(m_copy, &QPushButton::clicked, this, &DocumentBanner::saveCopyRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_backup);
    layout->addWidget(m_copy);
    hide();
}

void DocumentBanner::showDamaged(const QString& detail, bool goodBackupExists)
{
    QString shown = detail.simplified();
    if (shown.size() > maxDetailLength)
        shown = shown.left(maxDetailLength) + QStringLiteral("…");
    m_text->setText(tr("This document is damaged: %1. It was opened read-only; nothing in it "
                       "is changed.")
                        .arg(shown));
    m_backup->setVisible(goodBackupExists);
    m_copy->show();
    show();
}

void DocumentBanner::showReadOnly(const QString& reason)
{
    m_text->setText(reason + QLatin1Char(' ') +
                    tr("Changes cannot be saved; save a copy to work on it."));
    m_backup->hide();
    m_copy->show();
    show();
}

QString DocumentBanner::text() const
{
    return m_text->text();
}

} // namespace duibiao
