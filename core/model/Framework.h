#pragma once

#include "model/IndicatorRule.h"
#include "model/Language.h"
#include "model/Scoring.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace duibiao {

// Texts that come in Chinese and, optionally, English. English falls back to Chinese
// field by field, so a partly translated framework still reads.
struct LocalizedText
{
    QString zh;
    QString en;
    const QString& in(Language language) const
    {
        return language == Language::English && !en.isEmpty() ? en : zh;
    }
};

struct Requirement
{
    QString code;         // stable identifier, e.g. "T5"
    int number = 0;       // display order 1…N across the framework
    QString categoryCode; // the category it belongs to
    LocalizedText title;
    LocalizedText description;
    LocalizedText guidance;
    QStringList evidence;   // expected evidence items (佐证材料), Chinese
    QStringList evidenceEn; // same items in English; may be empty
    double weight = 1;
    QString source;                    // where in the source document it rests
    std::optional<IndicatorRule> rule; // set for indicator requirements
    Scoring scoring = Scoring::Rating; // format version 2 "scoring"
    bool veto = false;                 // 一票否决: readiness fails unless met (or N/A)
    // Format version 2 "replaces": codes of an earlier version whose work this requirement
    // carries on (the official text renumbered T5 as T6). A move between versions takes
    // the work of such a code over to this one.
    QStringList replaces;

    bool isIndicator() const { return rule.has_value(); }
    QStringList evidenceIn(Language language) const
    {
        return language == Language::English && evidenceEn.size() == evidence.size() ? evidenceEn
                                                                                     : evidence;
    }
};

struct Category
{
    QString code;
    LocalizedText title;
    QVector<Requirement> requirements;
};

// A standard the institution is assessed against, loaded from a framework JSON file.
// An assessment keeps the JSON text it was started with (its snapshot).
struct Framework
{
    QString code;
    QString version;
    LocalizedText title;
    LocalizedText note; // e.g. that the built-in text is a reference reconstruction
    LocalizedText source;
    bool reference = false;
    QVector<Category> categories;
    // Format version 2: with a total, the weights are the items' points (分值) and add up
    // to it; scores are shown as points out of the total. The pass mark is in points when
    // a total is given, else a percentage; with it, readiness is "score >= pass mark".
    std::optional<double> total;
    std::optional<double> passMark;

    QVector<const Requirement*> requirements() const;
    const Requirement* requirement(const QString& code) const;
    const Category* category(const QString& code) const;
    int requirementCount() const;
};

} // namespace duibiao
