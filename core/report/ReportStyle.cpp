#include "report/ReportStyle.h"

#include <QFontDatabase>
#include <QPageSize>

namespace duibiao::report {

namespace {

// Sizes of QTextFormat lengths are in pixels at 96 dpi, which the layout scales to the
// paint device; points convert at 96 / 72.
constexpr double pixelsPerPoint = 96.0 / 72.0;

QString firstInstalled(const QStringList& candidates, const QString& fallback)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString& candidate : candidates) {
        if (installed.contains(candidate, Qt::CaseInsensitive))
            return candidate;
    }
    return fallback;
}

const QString notoSerif = QStringLiteral("Noto Serif CJK SC");
const QString notoSans = QStringLiteral("Noto Sans CJK SC");

} // namespace

ReportStyle::ReportStyle(const ReportOptions& options)
{
    m_body = options.fontFamily.trimmed();
    if (m_body.isEmpty()) {
        m_body = firstInstalled({QStringLiteral("FangSong"), QStringLiteral("仿宋"),
                                 QStringLiteral("STFangsong"), QStringLiteral("FZFangSong-Z02"),
                                 QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋_GB2312")},
                                notoSerif);
    }
    m_title = firstInstalled({QStringLiteral("FZXiaoBiaoSong-B05S"),
                              QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK")},
                             notoSerif);
    m_heading1 = firstInstalled(
        {QStringLiteral("SimHei"), QStringLiteral("黑体"), QStringLiteral("STHeiti")}, notoSans);
    m_heading2 =
        firstInstalled({QStringLiteral("KaiTi"), QStringLiteral("楷体"), QStringLiteral("STKaiti"),
                        QStringLiteral("KaiTi_GB2312"), QStringLiteral("楷体_GB2312")},
                       QString());
    if (m_heading2.isEmpty()) {
        // Without a 楷体, a bold body face keeps the second level apart from the text.
        m_heading2 = m_body;
        m_heading2Bold = true;
    }
}

QPageLayout ReportStyle::pageLayout(ReportKind kind)
{
    const bool landscape =
        kind == ReportKind::Ledger || kind == ReportKind::Units || kind == ReportKind::Comparison;
    // QMarginsF is left, top, right, bottom. The landscape page keeps the portrait text
    // block turned on its side: 225 × 154 mm instead of 156 × 225 mm.
    const QMarginsF margins = landscape ? QMarginsF(37, 28, 35, 28) : QMarginsF(28, 37, 26, 35);
    return QPageLayout(QPageSize(QPageSize::A4),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait, margins,
                       QPageLayout::Millimeter);
}

QFont ReportStyle::defaultFont() const
{
    QFont font(m_body);
    font.setPointSizeF(bodyPt);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFont ReportStyle::footerFont() const
{
    QFont font(m_title);
    font.setPointSizeF(footerPt);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QTextCharFormat ReportStyle::text(const QString& family, double points, bool bold) const
{
    QTextCharFormat format;
    format.setFontFamilies({family, notoSerif});
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    // Shaping substitutes Noto CJK's digits in Latin runs by glyphs that the PDF's text
    // layer cannot map back, so "L1" would be copied and searched as "L". Chinese and the
    // Latin of these reports need no shaping.
    format.setFontStyleStrategy(QFont::PreferNoShaping);
    return format;
}

QTextCharFormat ReportStyle::title() const
{
    return text(m_title, titlePt, true);
}

QTextCharFormat ReportStyle::subtitle() const
{
    return text(m_body, bodyPt, false);
}

QTextCharFormat ReportStyle::heading(int level) const
{
    switch (level) {
    case 1:
        return text(m_heading1, bodyPt, false);
    case 2:
        return text(m_heading2, bodyPt, m_heading2Bold);
    default:
        return text(m_body, bodyPt, true);
    }
}

QTextCharFormat ReportStyle::body() const
{
    return text(m_body, bodyPt, false);
}

QTextCharFormat ReportStyle::label() const
{
    return text(m_body, bodyPt, true);
}

QTextCharFormat ReportStyle::note() const
{
    return text(m_body, notePt, false);
}

QTextCharFormat ReportStyle::table() const
{
    return text(m_body, tablePt, false);
}

QTextCharFormat ReportStyle::tableHeader() const
{
    return text(m_body, tablePt, true);
}

QTextCharFormat ReportStyle::emphasis(const QColor& colour) const
{
    QTextCharFormat format = table();
    format.setForeground(colour);
    return format;
}

QTextBlockFormat ReportStyle::titleBlock() const
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    format.setTopMargin(0);
    format.setBottomMargin(bodyPt * pixelsPerPoint);
    format.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextBlockFormat ReportStyle::headingBlock(int level) const
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignLeft);
    format.setTopMargin((level == 1 ? 0.8 : 0.5) * bodyPt * pixelsPerPoint);
    format.setBottomMargin(0.3 * bodyPt * pixelsPerPoint);
    format.setTextIndent(level == 3 ? 0 : 2 * bodyPt * pixelsPerPoint);
    format.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextBlockFormat ReportStyle::bodyBlock() const
{
    QTextBlockFormat format = plainBlock();
    format.setTextIndent(2 * bodyPt * pixelsPerPoint);
    return format;
}

QTextBlockFormat ReportStyle::plainBlock() const
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignJustify);
    format.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextBlockFormat ReportStyle::noteBlock() const
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignLeft);
    format.setTopMargin(0.25 * notePt * pixelsPerPoint);
    format.setBottomMargin(0.5 * notePt * pixelsPerPoint);
    return format;
}

QTextBlockFormat ReportStyle::cellBlock(Qt::Alignment alignment) const
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    return format;
}

QTextTableFormat ReportStyle::tableFormat(const QVector<double>& columnPercents,
                                          int headerRows) const
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QVector<QTextLength> widths;
    for (double percent : columnPercents)
        widths.append(QTextLength(QTextLength::PercentageLength, percent));
    format.setColumnWidthConstraints(widths);
    format.setHeaderRowCount(headerRows);
    format.setBorderCollapse(true);
    format.setBorder(0.75 * pixelsPerPoint);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QBrush(Qt::black));
    format.setCellSpacing(0);
    format.setCellPadding(0.3 * tablePt * pixelsPerPoint);
    // No bottom margin: a margin reaching into the next page makes Qt repeat the header
    // row there, over the text that follows the table. The writer spaces that text instead.
    format.setTopMargin(0.3 * bodyPt * pixelsPerPoint);
    format.setBottomMargin(0);
    format.setAlignment(Qt::AlignHCenter);
    return format;
}

} // namespace duibiao::report
