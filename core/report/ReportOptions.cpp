#include "report/ReportOptions.h"

namespace duibiao {

QString reportKindKey(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Self:
        return QStringLiteral("self");
    case ReportKind::Gaps:
        return QStringLiteral("gaps");
    case ReportKind::Ledger:
        return QStringLiteral("ledger");
    case ReportKind::Units:
        return QStringLiteral("units");
    case ReportKind::Comparison:
        return QStringLiteral("comparison");
    }
    return QStringLiteral("self");
}

std::optional<ReportKind> reportKindFromKey(const QString& key)
{
    for (ReportKind kind : {ReportKind::Self, ReportKind::Gaps, ReportKind::Ledger,
                            ReportKind::Units, ReportKind::Comparison}) {
        if (reportKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString reportKindTitle(ReportKind kind, Language language)
{
    const bool zh = language == Language::Chinese;
    switch (kind) {
    case ReportKind::Self:
        return zh ? QStringLiteral("关工委优质化建设自评报告")
                  : QStringLiteral("Self-Evaluation Report on the Quality Construction of the "
                                   "Committee for the Next Generation");
    case ReportKind::Gaps:
        return zh ? QStringLiteral("对标找差清单") : QStringLiteral("Gap List");
    case ReportKind::Ledger:
        return zh ? QStringLiteral("整改台账") : QStringLiteral("Rectification Ledger");
    case ReportKind::Units:
        return zh ? QStringLiteral("单位指标汇总表") : QStringLiteral("Unit Indicator Summary");
    case ReportKind::Comparison:
        return zh ? QStringLiteral("组织评议对比表")
                  : QStringLiteral("Panel Review: Comparison of Institutions");
    }
    return {};
}

} // namespace duibiao
