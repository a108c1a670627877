#pragma once

#include "model/Language.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <optional>

namespace duibiao {

// The reports of ARCHITECTURE.md.
enum class ReportKind {
    Self,      // 自评报告: the self-evaluation report
    Gaps,      // 对标找差清单: the gap list
    Ledger,    // 整改台账: the rectification ledger (landscape)
    Units,     // 单位指标汇总表: the unit indicator table
    Comparison // 组织评议对比表: a panel's comparison of institutions (landscape)
};

// Parts of the self-evaluation report that can be left out.
enum class ReportSection { Cover, Contents, Summary, Categories, Rectification, Units, Signature };

struct ReportOptions
{
    ReportKind kind = ReportKind::Self;
    Language language = Language::Chinese;
    QString fontFamily;           // empty: 仿宋 where installed, else Noto Serif CJK SC
    QSet<ReportSection> sections; // empty: all sections (self report only)
    QDate date;                   // the report's date; null: today
    QString fingerprint;          // package fingerprint printed on the report, if any

    bool includes(ReportSection section) const
    {
        return sections.isEmpty() || sections.contains(section);
    }
};

QString reportKindKey(ReportKind kind); // "self", "gaps", "ledger", "units"
std::optional<ReportKind> reportKindFromKey(const QString& key);
QString reportKindTitle(ReportKind kind, Language language); // 关工委优质化建设自评报告 …

} // namespace duibiao
