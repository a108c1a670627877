#pragma once

#include "report/ReportOptions.h"

#include <QFont>
#include <QPageLayout>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextTableFormat>

namespace duibiao::report {

// The look of an official document after GB/T 9704: A4, margins of about 37/28/35/26 mm
// (top/left/bottom/right; a landscape page turns that text block on its side), a serif
// bold title at 22 pt, first-level headings in 黑体, second-level in 楷体, body at 16 pt in
// 仿宋, tables at 10.5 pt so that they fit, and "— N —" page numbers 7 mm below the text.
// A family that is not installed falls back to Noto Serif CJK SC (Noto Sans CJK SC for 黑体).
class ReportStyle
{
public:
    explicit ReportStyle(const ReportOptions& options);

    static QPageLayout pageLayout(ReportKind kind);
    // Distance of the page number's baseline band below the text block, in millimetres.
    static constexpr double footerOffsetMm = 7.0;

    const QString& bodyFamily() const { return m_body; }
    const QString& titleFamily() const { return m_title; }

    QFont defaultFont() const;
    QFont footerFont() const;

    QTextCharFormat title() const;            // 22 pt serif bold
    QTextCharFormat subtitle() const;         // 16 pt body, for lines under a title
    QTextCharFormat heading(int level) const; // 1: 黑体, 2: 楷体, 3: 仿宋 bold
    QTextCharFormat body() const;             // 16 pt 仿宋
    QTextCharFormat label() const;            // body, bold
    QTextCharFormat note() const;             // 12 pt, for notes under tables and charts
    QTextCharFormat table() const;            // 10.5 pt
    QTextCharFormat tableHeader() const;      // 10.5 pt bold
    QTextCharFormat emphasis(const QColor& colour) const; // table text in a colour

    QTextBlockFormat titleBlock() const;
    QTextBlockFormat headingBlock(int level) const;
    QTextBlockFormat bodyBlock() const;  // justified, first line indented two characters
    QTextBlockFormat plainBlock() const; // justified, no indent
    QTextBlockFormat noteBlock() const;
    QTextBlockFormat cellBlock(Qt::Alignment alignment = Qt::AlignLeft) const;
    QTextTableFormat tableFormat(const QVector<double>& columnPercents, int headerRows) const;

    static constexpr double titlePt = 22;
    static constexpr double bodyPt = 16;
    static constexpr double tablePt = 10.5;
    static constexpr double notePt = 12;
    static constexpr double footerPt = 14;

private:
    QTextCharFormat text(const QString& family, double points, bool bold) const;

    QString m_body;
    QString m_title;
    QString m_heading1;
    QString m_heading2;
    bool m_heading2Bold = false;
};

} // namespace duibiao::report
