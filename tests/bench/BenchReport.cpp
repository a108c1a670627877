#include "BenchReport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <vector>

namespace duibiao::bench {

double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

namespace {
qint64 procField(const char* file, const QString& field)
{
    QFile proc(QString::fromLatin1(file));
    if (!proc.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(proc.readAll());
    const QRegularExpression pattern(QStringLiteral("^%1:?\\s+(\\d+)").arg(field),
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}
} // namespace

qint64 bytesReadSoFar()
{
    return procField("/proc/self/io", QStringLiteral("rchar"));
}

qint64 residentBytes()
{
    return procField("/proc/self/status", QStringLiteral("VmRSS")) * 1024;
}

bool writeSection(const QString& markdownPath, const QString& name, const QStringList& lines)
{
    QString text;
    QFile in(markdownPath);
    if (in.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(in.readAll());
    const QString begin = QStringLiteral("<!-- bench:%1 -->").arg(name);
    const QString end = QStringLiteral("<!-- /bench:%1 -->").arg(name);
    const QString section =
        begin + QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + end;
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    if (from >= 0 && to > from)
        text.replace(from, to + end.size() - from, section);
    else
        text += (text.isEmpty() || text.endsWith(QLatin1Char('\n')) ? QString()
                                                                    : QStringLiteral("\n")) +
                QLatin1Char('\n') + section + QLatin1Char('\n');
    QSaveFile out(markdownPath);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(text.toUtf8());
    return out.commit();
}

} // namespace duibiao::bench
