#include "pages/ComingSoonPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace duibiao {

ComingSoonPage::ComingSoonPage(const QString& objectName, const QString& title,
                               const QString& description, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    auto* coming = new QLabel(tr("Coming in a later version."), this);
    coming->setObjectName(QStringLiteral("comingSoon"));
    coming->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(coming);
    layout->addStretch(1);
    layout->setContentsMargins(24, 24, 24, 24);
}

} // namespace duibiao
