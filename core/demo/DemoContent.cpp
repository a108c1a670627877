#include "demo/DemoContent.h"

#include <QHash>
#include <QRegularExpression>

namespace duibiao::demo {

QStringList collegeNames()
{
    return {
        QStringLiteral("文学院"),
        QStringLiteral("外国语学院"),
        QStringLiteral("数学与统计学院"),
        QStringLiteral("物理与电子工程学院"),
        QStringLiteral("化学与材料科学学院"),
        QStringLiteral("生命科学学院"),
        QStringLiteral("计算机科学与技术学院"),
        QStringLiteral("机械工程学院"),
        QStringLiteral("电气工程学院"),
        QStringLiteral("土木工程学院"),
        QStringLiteral("经济管理学院"),
        QStringLiteral("法学院"),
        QStringLiteral("马克思主义学院"),
        QStringLiteral("教育科学学院"),
        QStringLiteral("音乐学院"),
        QStringLiteral("美术学院"),
        QStringLiteral("体育学院"),
        QStringLiteral("医学院"),
        QStringLiteral("药学院"),
        QStringLiteral("继续教育学院"),
    };
}

QString narrativeFor(const QString& code)
{
    static const QHash<QString, QString> narratives{
        {QStringLiteral("L1"),
         QStringLiteral(
             "学校党委将关工委工作纳入党建工作总体布局,2020年党政工作要点专门部署关工委优质化建设,"
             "文明单位创建和思想政治工作考核均列入关工委工作内容。")},
        {QStringLiteral("L2"),
         QStringLiteral("校党委常委会于2020年4月专题听取校关工委工作汇报;"
                        "大部分学院党委每年听取一次二级关工委汇报,个别学院尚未开展。")},
        {QStringLiteral("L3"), QStringLiteral("以校党委名义印发《关于推进关工委优质化建设工作的实施"
                                              "意见》和年度工作要点,学院层面同步转发落实。")},
        {QStringLiteral("L4"),
         QStringLiteral(
             "分管校领导出席关工委全体会议、工作推进会和“五老”报告会等重要活动,现场指导工作。")},
        {QStringLiteral("L5"), QStringLiteral("关工委工作已纳入学院年度综合考核指标,"
                                              "委员单位助力情况列入目标考核,考核细则仍在完善中。")},
        {QStringLiteral("O1"),
         QStringLiteral("修订《校关工委工作规程》,新增工作例会、信息报送、经费使用等三项制度,"
                        "形成较完整的制度体系。")},
        {QStringLiteral("O2"),
         QStringLiteral(
             "已起草二级关工委工作考核指标体系征求意见稿,基层考核机制尚待正式发布实施。")},
        {QStringLiteral("O3"),
         QStringLiteral("绝大多数学院已制定二级关工委工作制度,个别学院制度建设滞后,已列入整改。")},
        {QStringLiteral("O4"),
         QStringLiteral("明确组织部、宣传部、学生工作部等委员单位职责,履责情况纳入部门年度考核。")},
        {QStringLiteral("O5"),
         QStringLiteral("校关工委工作团队成员分工联系校级工作平台和各学院,每学期至少走访一次。")},
        {QStringLiteral("O6"),
         QStringLiteral(
             "领导、组织建设、工作运行、条件保障、表彰激励“五个机制”基本建立,运行情况良好。")},
        {QStringLiteral("T1"),
         QStringLiteral("聘请离退休老党员担任特邀党建组织员,参与学生党支部建设和发展党员工作。")},
        {QStringLiteral("T2"),
         QStringLiteral("讲师团成员经过调整充实,年度开展理想信念、校史校情等主题宣讲五十余场。")},
        {QStringLiteral("T3"),
         QStringLiteral("教学督导员队伍覆盖全部学院,年度听课评课逾千节次,督导意见及时反馈。")},
        {QStringLiteral("T4"),
         QStringLiteral("实施“成长陪伴计划”和“青蓝工程”,为青年教师和学生配备成长导师。")},
        {QStringLiteral("T5"),
         QStringLiteral(
             "全校有条件的老同志参与关工委工作比例总体达到目标,但少数学院参与比例低于60%。")},
        {QStringLiteral("T6"),
         QStringLiteral("工作骨干队伍稳定,全校骨干比例达到目标,个别学院骨干人数偏少。")},
        {QStringLiteral("T7"),
         QStringLiteral("年度组织骨干专题培训、参观考察和工作交流会各一次,培训覆盖全部学院。")},
        {QStringLiteral("S1"),
         QStringLiteral(
             "校关工委工作经费列入学校年度预算,设有专用办公用房,老同志工作补贴按规定发放。")},
        {QStringLiteral("S2"),
         QStringLiteral(
             "在校报、校园网开设关工委专栏,宣传“五老”先进事迹,评选表彰先进集体和个人。")},
        {QStringLiteral("P1"),
         QStringLiteral("校关工委搭建读书会、报告团、督导组、成长导师团等工作平台,数量达到要求。")},
        {QStringLiteral("P2"),
         QStringLiteral("多数学院已搭建两个以上工作平台,少数学院平台数量不足。")},
        {QStringLiteral("P3"),
         QStringLiteral(
             "校级平台普遍实行委员单位在职领导和老同志“双组长制”,个别平台老同志组长尚未落实。")},
        {QStringLiteral("P4"),
         QStringLiteral("各学院建立“需求菜单”与“资源菜单”对接机制,部分学院资源菜单尚未更新。")},
        {QStringLiteral("P5"),
         QStringLiteral("开展“一院一特”“一院一品”创新实践,已形成“银龄领航”等三个工作品牌。")},
        {QStringLiteral("E1"),
         QStringLiteral(
             "围绕重大节日、新生入学、毕业离校等节点开展主题教育活动,参与学生逾万人次。")},
        {QStringLiteral("E2"),
         QStringLiteral(
             "参与“十大育人”体系建设,开设谈心屋、爱心超市,开展帮困助学和就业创业指导。")},
        {QStringLiteral("E3"),
         QStringLiteral("“网上关工委”平台正在建设中,已开展一次青年学生思想状况调查。")},
    };
    return narratives.value(code, QStringLiteral("对照要求开展自查,相关工作正在推进。"));
}

QString measureFor(const QString& code, const QString& title, int variant)
{
    static const QStringList verbs{
        QStringLiteral("制定并印发"), QStringLiteral("组织开展"), QStringLiteral("补充完善"),
        QStringLiteral("督促落实"),   QStringLiteral("专题研究"),
    };
    static const QHash<QString, QString> topics{
        {QStringLiteral("L2"), QStringLiteral("学院党委听取二级关工委工作汇报")},
        {QStringLiteral("L5"), QStringLiteral("学院年度综合考核中的关工委工作指标")},
        {QStringLiteral("O2"), QStringLiteral("二级关工委工作考核指标体系")},
        {QStringLiteral("O3"), QStringLiteral("二级关工委工作制度")},
        {QStringLiteral("T5"), QStringLiteral("老同志参与动员,提高参与比例")},
        {QStringLiteral("T6"), QStringLiteral("工作骨干遴选,充实骨干队伍")},
        {QStringLiteral("P2"), QStringLiteral("学院工作平台建设")},
        {QStringLiteral("P3"), QStringLiteral("工作平台“双组长制”")},
        {QStringLiteral("P4"), QStringLiteral("“需求菜单”“资源菜单”更新对接")},
        {QStringLiteral("E3"), QStringLiteral("“网上关工委”平台建设")},
    };
    // The first clause of the title names the work well enough for a demo.
    static const QRegularExpression clauseEnd(QStringLiteral("[,;、]"));
    const QString topic = topics.value(
        code, QStringLiteral("%1相关工作").arg(title.section(clauseEnd, 0, 0).left(24)));
    return verbs.at(variant % verbs.size()) + topic;
}

QString personName(int index)
{
    // Invented names, put together from common surnames and given names.
    static const QStringList surnames{
        QStringLiteral("陈"), QStringLiteral("林"), QStringLiteral("周"), QStringLiteral("吴"),
        QStringLiteral("孙"), QStringLiteral("朱"), QStringLiteral("何"), QStringLiteral("高")};
    static const QStringList given{QStringLiteral("思远"), QStringLiteral("晓岚"),
                                   QStringLiteral("启明"), QStringLiteral("雨桐"),
                                   QStringLiteral("建华"), QStringLiteral("若溪"),
                                   QStringLiteral("志诚")};
    return surnames.at(index % surnames.size()) +
           given.at((index / surnames.size()) % given.size());
}

} // namespace duibiao::demo
