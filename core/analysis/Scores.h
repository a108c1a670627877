#pragma once

#include "model/Framework.h"
#include "model/Language.h"
#include "model/Rating.h"

#include <QHash>
#include <QVector>

#include <optional>

namespace duibiao {

// Counts and scores of a set of requirements (a category or the whole framework).
struct ScoreTally
{
    int met = 0;
    int largelyMet = 0;
    int partlyMet = 0; // graded items at C
    int notMet = 0;
    int notApplicable = 0;
    int unrated = 0;
    double earned = 0;    // Σ weight × rating factor
    double possible = 0;  // Σ weight of requirements that are not N/A
    double weightSum = 0; // Σ weight of every requirement, N/A included: its points

    int rated() const { return met + largelyMet + partlyMet + notMet; }
    int total() const { return rated() + notApplicable + unrated; }
    // 达标率: met / rated, N/A and unrated excluded. None when nothing is rated.
    std::optional<double> metRate() const;
    // Weighted score in percent; unrated requirements count as earning nothing.
    std::optional<double> weightedScore() const;
    // The weighted score as points out of a framework's total (weighted score fraction ×
    // total). None when nothing counts, like weightedScore().
    std::optional<double> points(double total) const;

    void add(Rating rating, double weight);
};

struct CategoryScore
{
    QString code;
    ScoreTally tally;
};

struct ScoreSheet
{
    QVector<CategoryScore> categories; // in framework order
    ScoreTally overall;
};

// Points a requirement earns (weight × factor); none when not applicable.
std::optional<double> requirementScore(Rating rating, double weight);

// The score as people read it: "86.5 / 100 分" ("86.5 / 100 points") when the framework
// has a total, else "86.5%"; "—" when nothing counts.
QString scoreText(const ScoreTally& tally, std::optional<double> total, Language language);
// The score compared with a pass mark: points with a total, else the percentage.
std::optional<double> scoreForPassMark(const ScoreTally& tally, std::optional<double> total);

ScoreSheet computeScores(const Framework& framework, const QHash<QString, Rating>& ratings);

} // namespace duibiao
