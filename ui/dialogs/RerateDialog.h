#pragma once

#include "model/Rating.h"
#include "model/Scoring.h"

#include <QDialog>
#include <QPair>
#include <QVector>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace duibiao {

// Asked when a rectification item becomes verified: for each requirement the item
// rectifies, its current rating and a selector for the new one (met by default), and an
// optional reason. Accepting re-rates; "Keep the ratings" changes only the item's status.
class RerateDialog : public QDialog
{
    Q_OBJECT

public:
    struct Requirement
    {
        QString code;
        QString title;
        Rating current = Rating::Unrated;
        // The suggestion stored with the rating (indicator requirements): another rating
        // needs a reason, unless the requirement already has one.
        std::optional<Rating> suggestion;
        bool hasReason = false;
        Scoring scoring = Scoring::Rating; // which ratings it takes and how they read
    };
    struct Answer
    {
        QVector<QPair<QString, Rating>> ratings; // code → new rating, for every requirement
        QString reason;
    };

    RerateDialog(const QString& measure, const QVector<Requirement>& requirements,
                 Language language, QWidget* parent = nullptr);

    Answer answer() const;
    void accept() override;

private:
    QVector<Requirement> m_requirements;
    QVector<QComboBox*> m_selectors;
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
    Language m_language;
};

} // namespace duibiao
