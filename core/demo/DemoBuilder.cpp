#include "demo/DemoBuilder.h"

#include "analysis/IndicatorEvaluation.h"
#include "demo/DemoContent.h"
#include "storage/Document.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <cmath>

namespace duibiao {

namespace {

constexpr int demoYear = 2020;

struct Plan
{
    int secondaryUnits;
    int rectificationItems;
    int evidenceFiles;
    qint64 evidenceBytesAverage;
};

Plan planFor(DemoBuilder::Size size)
{
    if (size == DemoBuilder::Size::Large)
        return {60, 3000, 1000, 300 * 1024};
    return {20, 40, 6, 0};
}

QString unitName(int index)
{
    const QStringList names = demo::collegeNames();
    if (index < names.size())
        return names.at(index);
    return QStringLiteral("示例学院%1").arg(index + 1);
}

// Figures with a few deliberate shortfalls, so the indicators have something to show.
UnitFigures figuresFor(qint64 unitId, int index)
{
    UnitFigures f;
    f.unitId = unitId;
    f.year = demoYear;
    f.eligible = 20 + (index * 7) % 50;
    const bool lowParticipation = index % 20 == 1 || index % 20 == 6 || index % 20 == 13;
    f.participants = int(std::ceil(f.eligible * (lowParticipation ? 0.5 : 0.72)));
    const bool fewCoreWorkers = index % 20 == 4 || index % 20 == 17;
    f.coreWorkers =
        fewCoreWorkers ? int(std::floor(f.eligible * 0.15)) : int(std::ceil(f.participants * 0.38));
    f.hearingsPerYear = index % 20 == 9 ? 0 : 1 + index % 2;
    f.trainingsPerYear = 1 + index % 3;
    f.hasUnitRules = index % 20 != 15;
    f.hasDemandMenu = index % 20 != 11;
    f.hasResourceMenu = index % 20 != 3 && index % 20 != 11;
    return f;
}

Platform platformFor(qint64 unitId, const QString& name, int index, bool bothLeaders)
{
    Platform p;
    p.unitId = unitId;
    p.name = name;
    static const QStringList departments{
        QStringLiteral("组织部"), QStringLiteral("宣传部"), QStringLiteral("学生工作部"),
        QStringLiteral("团委"),   QStringLiteral("教务处"), QStringLiteral("离退休工作处")};
    p.partnerDepartment = departments.at(index % departments.size());
    p.inServiceLeader = demo::personName(index * 3 + 1);
    p.retiredLeader = bothLeaders ? demo::personName(index * 3 + 2) : QString();
    p.founded = QDate(2018 + index % 3, 1 + index % 12, 1 + index % 28);
    p.activities = 4 + index % 9;
    return p;
}

QByteArray textEvidence(const QString& title, const QString& body)
{
    // A small, readable PDF-like text: real enough for a viewer to recognise the type.
    return QStringLiteral("%PDF-1.4\n%% %1\n%2\n%%EOF\n").arg(title, body).toUtf8();
}

QByteArray photoEvidence(const QString& caption)
{
    QImage image(480, 320, QImage::Format_RGB32);
    image.fill(QColor(0xe8, 0xf0, 0xf8));
    QPainter painter(&image);
    painter.setPen(QColor(0x1f, 0x3b, 0x5c));
    painter.drawRect(10, 10, 459, 299);
    painter.drawText(image.rect(), Qt::AlignCenter, caption);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray bulkEvidence(int index, qint64 size)
{
    QByteArray bytes = QStringLiteral("%PDF-1.4\n%% 示例佐证材料 %1\n").arg(index).toUtf8();
    const qsizetype header = bytes.size();
    bytes.resize(qsizetype(size));
    QRandomGenerator generator(quint32(index + 1));
    for (qsizetype i = header; i + 4 <= bytes.size(); i += 4) {
        const quint32 word = generator.generate();
        memcpy(bytes.data() + i, &word, 4);
    }
    return bytes;
}

class Builder
{
public:
    Builder(Document& document, DemoBuilder::Size size, const DemoBuilder::Progress& progress)
        : m_doc(document), m_size(size), m_plan(planFor(size)), m_progress(progress)
    {}

    Status run()
    {
        Result<Assessment> assessment = m_doc.assessments().current();
        if (!assessment)
            return assessment.error();
        m_assessmentId = assessment->id;
        Result<Framework> framework = m_doc.assessments().framework(m_assessmentId);
        if (!framework)
            return framework.error();
        m_framework = *framework;

        Transaction transaction(m_doc.context().db);
        if (!transaction.started())
            return transaction.started();
        for (auto step : {&Builder::units, &Builder::platforms, &Builder::ratings,
                          &Builder::rectification, &Builder::evidence}) {
            if (Status status = (this->*step)(); !status)
                return status;
        }
        report(100, QStringLiteral("done"));
        return transaction.commit();
    }

private:
    void report(int percent, const QString& stage)
    {
        if (m_progress)
            m_progress(percent, stage);
    }

    Status units()
    {
        report(0, QStringLiteral("units"));
        Result<QVector<Unit>> existing = m_doc.units().all();
        if (!existing)
            return existing.error();
        for (const Unit& unit : *existing) {
            if (unit.kind == UnitKind::School)
                m_schoolUnit = unit.id;
        }
        UnitFigures school;
        school.unitId = m_schoolUnit;
        school.year = demoYear;
        school.eligible = 36;
        school.participants = 30;
        school.coreWorkers = 14;
        school.hearingsPerYear = 2;
        school.trainingsPerYear = 3;
        school.hasUnitRules = school.hasDemandMenu = school.hasResourceMenu = true;
        if (Status status = m_doc.units().saveFigures(school); !status)
            return status;
        for (int i = 0; i < m_plan.secondaryUnits; ++i) {
            Unit unit;
            unit.name = unitName(i);
            unit.kind = UnitKind::Secondary;
            unit.sortOrder = i + 1;
            Result<qint64> id = m_doc.units().add(unit);
            if (!id)
                return id.error();
            m_secondaryUnits.append(*id);
            // The last college of each twenty has not reported its figures yet.
            if (i % 20 == 19)
                continue;
            if (Status status = m_doc.units().saveFigures(figuresFor(*id, i)); !status)
                return status;
        }
        return {};
    }

    Status platforms()
    {
        report(5, QStringLiteral("platforms"));
        static const QStringList schoolPlatforms{QStringLiteral("“银龄领航”读书会"),
                                                 QStringLiteral("“五老”报告团"),
                                                 QStringLiteral("教学督导组"),
                                                 QStringLiteral("成长导师团"),
                                                 QStringLiteral("特邀党建组织员工作站"),
                                                 QStringLiteral("校史宣讲团"),
                                                 QStringLiteral("心理疏导谈心屋"),
                                                 QStringLiteral("就业创业指导站"),
                                                 QStringLiteral("爱心超市"),
                                                 QStringLiteral("青年教师“青蓝工程”"),
                                                 QStringLiteral("网上关工委工作室"),
                                                 QStringLiteral("书画艺术社")};
        for (int i = 0; i < schoolPlatforms.size(); ++i) {
            // One school platform still lacks its retired co-leader (双组长制 shortfall).
            Result<qint64> id =
                m_doc.platforms().add(platformFor(m_schoolUnit, schoolPlatforms.at(i), i, i != 10));
            if (!id)
                return id.error();
        }
        static const QStringList unitPlatforms{QStringLiteral("学业帮扶平台"),
                                               QStringLiteral("红色宣讲平台"),
                                               QStringLiteral("职业规划平台")};
        for (int i = 0; i < m_secondaryUnits.size(); ++i) {
            const int count = (i % 20 == 5 || i % 20 == 12) ? 1 : 2 + i % 2;
            for (int k = 0; k < count; ++k) {
                Result<qint64> id = m_doc.platforms().add(
                    platformFor(m_secondaryUnits.at(i), unitPlatforms.at(k), i * 3 + k + 20, true));
                if (!id)
                    return id.error();
            }
        }
        return {};
    }

    Status ratings()
    {
        report(10, QStringLiteral("ratings"));
        Result<QVector<Unit>> units = m_doc.units().all();
        Result<QVector<UnitFigures>> figures = m_doc.units().figures(demoYear);
        Result<QVector<Platform>> platforms = m_doc.platforms().all();
        if (!units || !figures || !platforms)
            return Error::internal(QStringLiteral("demo: reading back units failed"));
        // Qualitative requirements the demo team judges not fully met.
        const QHash<QString, Rating> judged{
            {QStringLiteral("L5"), Rating::LargelyMet}, {QStringLiteral("O2"), Rating::NotMet},
            {QStringLiteral("T4"), Rating::LargelyMet}, {QStringLiteral("S2"), Rating::LargelyMet},
            {QStringLiteral("E3"), Rating::NotMet},     {QStringLiteral("P5"), Rating::LargelyMet},
        };
        for (const Requirement* requirement : m_framework.requirements()) {
            const QString& code = requirement->code;
            std::optional<Rating> suggestion;
            Rating rating = judged.value(code, Rating::Met);
            QString reason;
            if (requirement->rule) {
                suggestion =
                    evaluateIndicator(*requirement->rule, *units, *figures, *platforms).suggestion;
                if (suggestion) // as the analysis offers it for the item's scoring
                    suggestion = ratingForScoring(*suggestion, requirement->scoring);
                rating = suggestion.value_or(Rating::Unrated);
                if (code == QLatin1String("P3") && suggestion && *suggestion != Rating::Met) {
                    rating = Rating::Met;
                    reason = QStringLiteral("“网上关工委工作室”的老同志组长已于2020年10月确定,"
                                            "任命文件正在印发。");
                }
            }
            if (Status status =
                    m_doc.ratings().setRating(m_assessmentId, code, rating, suggestion, reason);
                !status)
                return status;
            if (Status status =
                    m_doc.ratings().setNarrative(m_assessmentId, code, demo::narrativeFor(code));
                !status)
                return status;
            if (rating == Rating::LargelyMet || rating == Rating::NotMet) {
                m_gapCodes.append(code);
                if (!requirement->rule) {
                    const QString gap =
                        QStringLiteral("对照“%1”,相关工作尚未完全到位,需在自我评估阶段重点整改。")
                            .arg(requirement->title.zh);
                    if (Status status = m_doc.ratings().setGapText(m_assessmentId, code, gap);
                        !status)
                        return status;
                }
            }
        }
        return {};
    }

    Status rectification()
    {
        report(15, QStringLiteral("rectification"));
        const QVector<const Requirement*> all = m_framework.requirements();
        for (int i = 0; i < m_plan.rectificationItems; ++i) {
            RectificationItem item;
            // Gap requirements get most items; the rest spread over the framework.
            const QString code = i % 3 != 2 && !m_gapCodes.isEmpty()
                                     ? m_gapCodes.at(i % m_gapCodes.size())
                                     : all.at(i % all.size())->code;
            item.requirementCodes = {code};
            item.measure = demo::measureFor(code, m_framework.requirement(code)->title.zh, i);
            item.phase = 2 + i % 3;
            if (!m_secondaryUnits.isEmpty() && i % 4 != 0)
                item.responsibleUnitId = m_secondaryUnits.at(i % m_secondaryUnits.size());
            else
                item.responsibleUnitId = m_schoolUnit;
            item.responsiblePerson = demo::personName(i);
            static const QDate phaseEnds[] = {QDate(2020, 9, 30), QDate(2020, 11, 30),
                                              QDate(2020, 12, 31)};
            item.deadline = phaseEnds[item.phase - 2].addDays(-(i % 5) * 7);
            // Phase 2 work is mostly finished; later phases are still under way, so some
            // items are open past their deadline (overdue).
            const int pattern = i % 8;
            if (item.phase == 2)
                item.status = pattern < 5 ? RectificationStatus::Verified
                                          : (pattern < 7 ? RectificationStatus::Done
                                                         : RectificationStatus::InProgress);
            else if (item.phase == 3)
                item.status = pattern < 4 ? RectificationStatus::Done
                                          : (pattern < 6 ? RectificationStatus::InProgress
                                                         : RectificationStatus::Planned);
            else
                item.status =
                    pattern < 2 ? RectificationStatus::InProgress : RectificationStatus::Planned;
            item.progress =
                item.status == RectificationStatus::Done ||
                        item.status == RectificationStatus::Verified
                    ? 100
                    : (item.status == RectificationStatus::InProgress ? 30 + (i % 6) * 10 : 0);
            if (!item.isOpen())
                item.completionNote = QStringLiteral("已按计划完成,相关材料已归档。");
            Result<qint64> id = m_doc.rectification().add(m_assessmentId, item);
            if (!id)
                return id.error();
            if (i % 100 == 0)
                report(15 + 10 * i / m_plan.rectificationItems, QStringLiteral("rectification"));
        }
        return {};
    }

    Status addEvidence(const QString& code, const QString& name, const QByteArray& bytes,
                       const QString& expectedItem)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        Evidence info;
        info.requirementCode = code;
        info.name = name;
        info.expectedItem = expectedItem;
        Result<qint64> id = m_doc.evidence().add(m_assessmentId, info, buffer);
        return id ? Status() : Status(id.error());
    }

    QString expectedItem(const QString& code, int index) const
    {
        const Requirement* requirement = m_framework.requirement(code);
        if (!requirement || requirement->evidence.isEmpty())
            return {};
        return requirement->evidence.at(index % requirement->evidence.size());
    }

    Status evidence()
    {
        report(25, QStringLiteral("evidence"));
        if (m_size == DemoBuilder::Size::Small) {
            const struct
            {
                const char* code;
                const char* name;
                const char* body;
            } files[] = {
                {"L1", "2020年党政工作要点.pdf",
                 "第五条 推进关工委优质化建设,纳入党建工作总体布局。"},
                {"L2", "校党委常委会会议纪要(2020-04).pdf",
                 "会议专题听取校关工委工作汇报,研究解决经费和用房问题。"},
                {"L3", "关于推进关工委优质化建设工作的实施意见.pdf",
                 "以校党委名义印发,明确四个阶段的工作安排。"},
                {"O1", "校关工委工作规程(修订).pdf", "第一章 总则 …… 第六章 附则。"},
                {"T7", "2020年骨干培训通知及签到表.pdf", "培训内容:专题报告、参观考察、总结交流。"},
            };
            for (const auto& file : files) {
                const QString code = QString::fromUtf8(file.code);
                if (Status status = addEvidence(
                        code, QString::fromUtf8(file.name),
                        textEvidence(QString::fromUtf8(file.name), QString::fromUtf8(file.body)),
                        expectedItem(code, 0));
                    !status)
                    return status;
            }
            return addEvidence(QStringLiteral("E1"), QStringLiteral("新生入学主题教育活动照片.png"),
                               photoEvidence(QStringLiteral("Orientation activity 2020")),
                               expectedItem(QStringLiteral("E1"), 1));
        }
        const QVector<const Requirement*> all = m_framework.requirements();
        const qint64 average = m_plan.evidenceBytesAverage;
        for (int i = 0; i < m_plan.evidenceFiles; ++i) {
            const QString code = all.at(i % all.size())->code;
            // Sizes spread from half to one and a half times the average.
            const qint64 size = average / 2 + (qint64(i) * 7919) % average;
            const QString name =
                QStringLiteral("%1-佐证材料-%2.pdf").arg(code).arg(i + 1, 4, 10, QLatin1Char('0'));
            if (Status status =
                    addEvidence(code, name, bulkEvidence(i, size), expectedItem(code, i));
                !status)
                return status;
            if (i % 20 == 0)
                report(25 + 75 * i / m_plan.evidenceFiles, QStringLiteral("evidence"));
        }
        return {};
    }

    Document& m_doc;
    DemoBuilder::Size m_size;
    Plan m_plan;
    const DemoBuilder::Progress& m_progress;
    qint64 m_assessmentId = 0;
    Framework m_framework;
    qint64 m_schoolUnit = 0;
    QVector<qint64> m_secondaryUnits;
    QStringList m_gapCodes;
};

} // namespace

Status DemoBuilder::build(Document& document, Size size, const Progress& progress)
{
    return Builder(document, size, progress).run();
}

} // namespace duibiao
