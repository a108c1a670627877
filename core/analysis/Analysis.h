#pragma once

#include "analysis/AnalysisInput.h"
#include "analysis/IndicatorEvaluation.h"
#include "analysis/Scores.h"
#include "model/Language.h"

#include <QDate>
#include <QStringList>
#include <QVector>

#include <optional>

namespace duibiao {

// A rectification item as the gap list shows it.
struct LinkedItem
{
    qint64 id = 0;
    QString measure;
    RectificationStatus status = RectificationStatus::Planned;
    int phase = 0;
    QDate due;
    bool overdue = false;
};

struct RequirementResult
{
    QString code;
    QString categoryCode;
    int number = 0;
    QString title;
    double weight = 0;
    Scoring scoring = Scoring::Rating;
    bool veto = false; // 一票否决
    Rating rating = Rating::Unrated;
    std::optional<Rating> suggestion; // indicator requirements only, in the item's scoring
    std::optional<IndicatorResult> indicator;
    std::optional<double> score; // weight × factor; none when not applicable
    QString overrideReason;
    std::optional<Rating> ratingBeforeRectification;
    int evidenceCount = 0;
    QVector<LinkedItem> items;
    // The gap: what the standard asks against what is there. Empty when met or N/A.
    QString gap;

    bool isGap() const { return rating != Rating::Met && rating != Rating::NotApplicable; }
    // A veto item that is not met (or N/A) fails readiness whatever the score.
    bool vetoFails() const { return veto && isGap(); }
    QString ratingText(Language language) const { return ratingLabel(rating, scoring, language); }
    bool isOverridden() const
    {
        return suggestion && rating != Rating::Unrated && rating != *suggestion;
    }
};

// Readiness for 合格审定: all requirements met or not applicable (or, when the framework
// has a pass mark, a score at or above it), no veto item unrated or not met, and no open
// rectification item of phase 3 or 4 past its deadline. Every reason is listed, the veto
// items first.
struct Readiness
{
    bool ready = false;
    QStringList reasons;
};

struct Analysis
{
    QDate today;
    int currentPhase = 0;
    QVector<RequirementResult> requirements; // framework order
    ScoreSheet scores;
    std::optional<double> total;    // the framework's total: scores shown as points
    std::optional<double> passMark; // the framework's pass mark (points or percent)
    int openItems = 0;
    int overdueItems = 0;
    Readiness readiness;

    QVector<const RequirementResult*> gaps() const;
    QVector<const RequirementResult*> vetoItems() const;
    // "86.5 / 100 分" or "86.5%": the overall score, and a category's (out of the points of
    // its requirements when the framework has a total).
    QString scoreText(Language language) const;
    QString categoryScoreText(const ScoreTally& tally, Language language) const;
    const RequirementResult* requirement(const QString& code) const;
};

Analysis analyze(const AnalysisInput& input, QDate today, Language language);

// "3 units below the target ≥ 60%: …" for an indicator result.
QString describeShortfall(const IndicatorResult& result, Language language);
QString formatIndicatorValue(const IndicatorRule& rule, const UnitIndicatorValue& value,
                             Language language);
QString formatTarget(const IndicatorRule& rule, Language language);
QString metricLabel(Metric metric, Language language);

} // namespace duibiao
