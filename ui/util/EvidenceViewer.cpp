#include "util/EvidenceViewer.h"

#include "storage/Document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QSaveFile>

#include <cerrno>
#include <csignal>

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

const QString folderPrefix = QStringLiteral("duibiao-evidence-");

// Content types that run: executables and libraries, scripts (shared-mime-info makes the
// script types subclasses of application/x-executable), launchers and installers.
bool isProgramType(const QMimeType& type)
{
    static const QStringList programs{
        QStringLiteral("application/x-executable"),
        QStringLiteral("application/x-sharedlib"),
        QStringLiteral("application/x-pie-executable"),
        QStringLiteral("application/x-shellscript"),
        QStringLiteral("application/x-desktop"),
        QStringLiteral("application/x-ms-dos-executable"),
        QStringLiteral("application/x-msdownload"),
        QStringLiteral("application/vnd.microsoft.portable-executable"),
        QStringLiteral("application/x-msi"),
        QStringLiteral("application/x-ms-shortcut"),
        QStringLiteral("application/x-java-archive"),
        QStringLiteral("application/x-deb"),
        QStringLiteral("application/x-rpm"),
        QStringLiteral("application/vnd.android.package-archive"),
        QStringLiteral("application/x-appimage"),
        QStringLiteral("application/x-bat"),
        QStringLiteral("application/x-ms-wim"),
        QStringLiteral("text/x-python"),
        QStringLiteral("text/x-python3"),
        QStringLiteral("application/x-perl"),
        QStringLiteral("application/x-ruby"),
        QStringLiteral("application/javascript"),
        QStringLiteral("text/javascript"),
        QStringLiteral("application/x-powershell")};
    if (!type.isValid())
        return false;
    for (const QString& program : programs) {
        if (type.name() == program || type.inherits(program))
            return true;
    }
    return false;
}

// Extensions the desktop (or Windows, once the copy travels) would run or install.
bool isProgramExtension(const QString& fileName)
{
    static const QStringList extensions{
        QStringLiteral("exe"),      QStringLiteral("com"),     QStringLiteral("bat"),
        QStringLiteral("cmd"),      QStringLiteral("msi"),     QStringLiteral("scr"),
        QStringLiteral("pif"),      QStringLiteral("lnk"),     QStringLiteral("ps1"),
        QStringLiteral("vbs"),      QStringLiteral("vbe"),     QStringLiteral("js"),
        QStringLiteral("jse"),      QStringLiteral("wsf"),     QStringLiteral("wsh"),
        QStringLiteral("hta"),      QStringLiteral("jar"),     QStringLiteral("sh"),
        QStringLiteral("bash"),     QStringLiteral("zsh"),     QStringLiteral("csh"),
        QStringLiteral("ksh"),      QStringLiteral("py"),      QStringLiteral("pyw"),
        QStringLiteral("pl"),       QStringLiteral("rb"),      QStringLiteral("run"),
        QStringLiteral("appimage"), QStringLiteral("desktop"), QStringLiteral("deb"),
        QStringLiteral("rpm"),      QStringLiteral("apk"),     QStringLiteral("app"),
        QStringLiteral("command"),  QStringLiteral("dll"),     QStringLiteral("so"),
        QStringLiteral("cpl"),      QStringLiteral("reg"),     QStringLiteral("msc"),
        QStringLiteral("elf"),      QStringLiteral("out"),     QStringLiteral("action"),
        QStringLiteral("workflow")};
    return extensions.contains(QFileInfo(fileName).suffix().toLower());
}

// Whether the process a copy folder belongs to (duibiao-evidence-<pid>-XXXXXX) is gone.
// A folder without a process id (made by an older version) counts as left over once it is
// a day old: a Duibiao still using it would have touched it since.
bool processIsGone(const QFileInfo& folder)
{
    bool ok = false;
    const qint64 pid =
        folder.fileName().mid(folderPrefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
    if (!ok || pid <= 0)
        return folder.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600;
    if (pid == QCoreApplication::applicationPid())
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

EvidenceViewer::EvidenceViewer(QObject* parent)
    : QObject(parent), m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    m_copyPathPrompt = [](const Evidence& evidence, const QString& why) {
        const auto answer = QMessageBox::warning(
            nullptr, tr("Evidence not opened"),
            tr("%1\n\nYou can save a copy of the file and look at it with a tool you trust.")
                .arg(why),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return QString();
        return QFileDialog::getSaveFileName(nullptr, tr("Save a copy"),
                                            sanitizedFileName(evidence.name, evidence.mimeType));
    };
    // Once per process: folders of sessions that crashed.
    static const bool cleaned = [] {
        removeLeftoverCopies();
        return true;
    }();
    Q_UNUSED(cleaned);
}

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

QString EvidenceViewer::whyNotOpened(const QString& fileName, const QByteArray& head)
{
    // The content decides (a stored MIME type or a name may lie); the name is checked
    // too, since the desktop or another system may go by the extension.
    const QMimeType content = QMimeDatabase().mimeTypeForData(head);
    if (isProgramType(content))
        return tr("“%1” is a program or script (%2); Duibiao never opens those.")
            .arg(fileName, content.name());
    if (isProgramExtension(fileName))
        return tr("“%1” has the extension of a program or script (.%2); Duibiao never opens "
                  "those.")
            .arg(fileName, QFileInfo(fileName).suffix());
    return {};
}

int EvidenceViewer::removeLeftoverCopies()
{
    int removed = 0;
    const QDir temp(QDir::tempPath());
    const QStringList folders =
        temp.entryList({folderPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& folder : folders) {
        if (processIsGone(QFileInfo(temp.filePath(folder))) &&
            QDir(temp.filePath(folder)).removeRecursively())
            ++removed;
    }
    return removed;
}

Status EvidenceViewer::saveCopy(Document& document, const Evidence& evidence,
                                const QString& targetPath)
{
    QSaveFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error::user(tr("Could not write %1: %2").arg(targetPath, file.errorString()));
    if (Status status = document.evidence().writeTo(evidence.id, file); !status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit())
        return Error::user(tr("Could not write %1: %2").arg(targetPath, file.errorString()));
    return {};
}

Result<QString> EvidenceViewer::copyOut(Document& document, const Evidence& evidence)
{
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(
            QDir::tempPath() + QLatin1Char('/') + folderPrefix +
            QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-XXXXXX"));
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
    QFile copy(*path);
    const QByteArray head = copy.open(QIODevice::ReadOnly) ? copy.read(4096) : QByteArray();
    copy.close();
    if (const QString why = whyNotOpened(QFileInfo(*path).fileName(), head); !why.isEmpty()) {
        QFile::setPermissions(*path, QFile::ReadOwner | QFile::WriteOwner);
        QFile::remove(*path);
        const QString target = m_copyPathPrompt ? m_copyPathPrompt(evidence, why) : QString();
        if (target.isEmpty())
            return Error::user(why);
        if (Status status = saveCopy(document, evidence, target); !status)
            return status.error();
        return Error::user(tr("%1 A copy was saved as %2.").arg(why, target));
    }
    if (!m_opener || !m_opener(QUrl::fromLocalFile(*path)))
        return Error::user(tr("No application could open %1.").arg(evidence.name));
    return path;
}

} // namespace duibiao
