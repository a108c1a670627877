#include "util/EvidenceViewer.h"

#include "storage/Document.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace duibiao {

namespace {

constexpr int maxNameLength = 120;

bool isUnsafe(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    return forbidden.contains(c);
}

} // namespace

EvidenceViewer::EvidenceViewer(QObject* parent)
    : QObject(parent), m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{}

EvidenceViewer::~EvidenceViewer() = default;

QString EvidenceViewer::sanitizedFileName(const QString& name, const QString& mimeType)
{
    QString clean;
    clean.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        // Surrogate pairs (characters beyond the BMP) are kept whole.
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            clean.append(c);
            clean.append(name.at(++i));
            continue;
        }
        clean.append(isUnsafe(c) ? QLatin1Char('_') : c);
    }
    clean = clean.trimmed();
    while (clean.startsWith(QLatin1Char('.')) || clean.startsWith(QLatin1Char('_')) ||
           clean.startsWith(QLatin1Char(' ')))
        clean.remove(0, 1);
    while (clean.endsWith(QLatin1Char('.')) || clean.endsWith(QLatin1Char(' ')))
        clean.chop(1);

    QString suffix = QFileInfo(clean).suffix();
    QString base = suffix.isEmpty() ? clean : clean.left(clean.size() - suffix.size() - 1);
    if (suffix.isEmpty() && !mimeType.isEmpty()) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
        if (type.isValid())
            suffix = type.preferredSuffix();
    }
    if (suffix.size() > 16)
        suffix.clear();
    if (base.isEmpty())
        base = QStringLiteral("evidence");
    // Windows reserves device names whatever the extension.
    static const QStringList reserved{QStringLiteral("con"), QStringLiteral("prn"),
                                      QStringLiteral("aux"), QStringLiteral("nul")};
    const QString lower = base.toLower();
    if (reserved.contains(lower) ||
        ((lower.startsWith(QLatin1String("com")) || lower.startsWith(QLatin1String("lpt"))) &&
         lower.size() == 4 && lower.at(3).isDigit()))
        base.prepend(QLatin1Char('_'));
    if (base.size() > maxNameLength)
        base.truncate(maxNameLength);
    return suffix.isEmpty() ? base : base + QLatin1Char('.') + suffix;
}

Result<QString> EvidenceViewer::copyOut(Document& document, const Evidence& evidence)
{
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                QStringLiteral("/duibiao-evidence-XXXXXX"));
        if (!m_dir->isValid()) {
            const QString why = m_dir->errorString();
            m_dir.reset();
            return Error::internal(
                tr("Could not make a temporary folder for the evidence copy: %1").arg(why));
        }
    }
    // One folder per evidence file, so two files of the same name do not collide.
    const QString folder = m_dir->filePath(QString::number(evidence.id));
    if (!QDir().mkpath(folder))
        return Error::internal(tr("Could not make the temporary folder %1.").arg(folder));
    const QString path = QDir(folder).filePath(sanitizedFileName(evidence.name, evidence.mimeType));

    QFile file(path);
    if (file.exists()) {
        // An earlier copy, made read-only; the viewer may still hold it, so write anew.
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.remove();
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::internal(tr("Could not write %1: %2").arg(path, file.errorString()));
    if (Status status = document.evidence().writeTo(evidence.id, file); !status) {
        file.close();
        file.remove();
        return status.error();
    }
    file.close();
    if (file.error() != QFileDevice::NoError)
        return Error::internal(tr("Could not write %1: %2").arg(path, file.errorString()));
    // Read-only: changes in the viewer would not reach the document, so make that plain.
    file.setPermissions(QFile::ReadOwner | QFile::ReadUser);
    return path;
}

Result<QString> EvidenceViewer::open(Document& document, const Evidence& evidence)
{
    Result<QString> path = copyOut(document, evidence);
    if (!path)
        return path;
    if (!m_opener || !m_opener(QUrl::fromLocalFile(*path)))
        return Error::user(tr("No application could open %1.").arg(evidence.name));
    return path;
}

} // namespace duibiao
