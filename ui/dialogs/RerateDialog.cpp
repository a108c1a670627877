#include "dialogs/RerateDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace duibiao {

namespace {

// The rating as a coloured badge, in the colours of the checklist.
QString badgeStyle(Rating rating)
{
    QString background;
    QString text = QStringLiteral("white");
    switch (rating) {
    case Rating::Met:
        background = QStringLiteral("#2e7d32");
        break;
    case Rating::LargelyMet:
        background = QStringLiteral("#f9a825");
        text = QStringLiteral("#212121");
        break;
    case Rating::PartlyMet:
        background = QStringLiteral("#ef6c00");
        break;
    case Rating::NotMet:
        background = QStringLiteral("#c62828");
        break;
    case Rating::NotApplicable:
        background = QStringLiteral("#757575");
        break;
    case Rating::Unrated:
        background = QStringLiteral("#e0e0e0");
        text = QStringLiteral("#424242");
        break;
    }
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 3px; "
                          "padding: 1px 8px; }")
        .arg(background, text);
}

} // namespace

RerateDialog::RerateDialog(const QString& measure, const QVector<Requirement>& requirements,
                           Language language, QWidget* parent)
    : QDialog(parent), m_requirements(requirements), m_language(language)
{
    setObjectName(QStringLiteral("rerateDialog"));
    setWindowTitle(tr("Re-rate after rectification"));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The rectification item “%1” is verified. Re-rate the requirements it rectifies? "
           "The earlier rating is kept and shown in the reports.")
            .arg(measure),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    auto header = [this](const QString& text) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), this);
        return label;
    };
    grid->addWidget(header(tr("Requirement")), 0, 0);
    grid->addWidget(header(tr("Current rating")), 0, 1);
    grid->addWidget(header(tr("New rating")), 0, 2);
    int row = 1;
    for (const Requirement& requirement : m_requirements) {
        auto* title =
            new QLabel(QStringLiteral("%1 %2").arg(requirement.code, requirement.title), this);
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        auto* current =
            new QLabel(ratingLabel(requirement.current, requirement.scoring, language), this);
        current->setObjectName(QStringLiteral("currentRating_%1").arg(requirement.code));
        current->setStyleSheet(badgeStyle(requirement.current));
        current->setAlignment(Qt::AlignCenter);
        auto* selector = new QComboBox(this);
        selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        selector->setObjectName(QStringLiteral("newRating_%1").arg(requirement.code));
        for (Rating rating : allowedRatings(requirement.scoring)) {
            if (rating != Rating::Unrated)
                selector->addItem(ratingLabel(rating, requirement.scoring, language), int(rating));
        }
        selector->setCurrentIndex(0);
        title->setBuddy(selector);
        grid->addWidget(title, row, 0);
        grid->addWidget(current, row, 1, Qt::AlignVCenter);
        grid->addWidget(selector, row, 2);
        m_selectors.append(selector);
        ++row;
    }
    layout->addLayout(grid);

    auto* reasonRow = new QHBoxLayout;
    auto* reasonLabel = new QLabel(tr("&Reason (optional):"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("rerateReason"));
    m_reason->setPlaceholderText(tr("e.g. the measure was checked on site"));
    reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    layout->addLayout(reasonRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("rerateMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* rerate = buttons->addButton(tr("Re-&rate"), QDialogButtonBox::AcceptRole);
    rerate->setObjectName(QStringLiteral("rerateButton"));
    rerate->setDefault(true);
    QPushButton* keep = buttons->addButton(tr("&Keep the ratings"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRatingsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RerateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RerateDialog::reject);
    layout->addWidget(buttons);

    if (!m_selectors.isEmpty())
        m_selectors.front()->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
}

RerateDialog::Answer RerateDialog::answer() const
{
    Answer answer;
    for (qsizetype i = 0; i < m_requirements.size(); ++i)
        answer.ratings.append(
            {m_requirements.at(i).code, Rating(m_selectors.at(i)->currentData().toInt())});
    answer.reason = m_reason->text().trimmed();
    return answer;
}

void RerateDialog::accept()
{
    // The repository refuses a rating that differs from the figures' suggestion without a
    // reason; say so here, where the reason can still be typed.
    const Answer chosen = answer();
    QStringList needReason;
    for (qsizetype i = 0; i < m_requirements.size(); ++i) {
        const Requirement& requirement = m_requirements.at(i);
        const Rating rating = chosen.ratings.at(i).second;
        if (requirement.suggestion && rating != *requirement.suggestion &&
            rating != requirement.current && !requirement.hasReason)
            needReason.append(QStringLiteral("%1 (%2)").arg(
                requirement.code,
                ratingLabel(*requirement.suggestion, requirement.scoring, m_language)));
    }
    if (!needReason.isEmpty() && chosen.reason.isEmpty()) {
        m_message->setText(tr("The unit figures suggest another rating for %1; please give a "
                              "reason for the new rating.")
                               .arg(needReason.join(QStringLiteral(", "))));
        m_message->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace duibiao
