#pragma once

#include "model/Rating.h"

#include <QDateTime>
#include <QString>

namespace duibiao {

// The regional panel's opinion, kept apart from the self-ratings.
struct ReviewOpinion
{
    qint64 id = 0;
    QString requirementCode; // empty: the overall opinion
    QString panel;
    QString reviewer;
    Rating rating = Rating::Unrated;
    QString comment;
    QDateTime created;
};

} // namespace duibiao
