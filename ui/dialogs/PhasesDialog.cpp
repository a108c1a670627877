#include "dialogs/PhasesDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace duibiao {

PhasesDialog::PhasesDialog(const PhasePlan& plan, Language language, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("phasesDialog"));
    setWindowTitle(tr("Phase dates"));
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Phase"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Start"), this), 0, 1, 1, 2);
    grid->addWidget(new QLabel(tr("End"), this), 0, 3);
    for (int i = 0; i < 4; ++i) {
        const Phase& phase = plan[std::size_t(i)];
        grid->addWidget(
            new QLabel(QStringLiteral("%1 %2").arg(i + 1).arg(phaseName(i + 1, language)), this),
            i + 1, 0);
        m_hasStart[i] = new QCheckBox(this);
        m_hasStart[i]->setChecked(phase.start.isValid());
        m_hasStart[i]->setToolTip(tr("The phase has a start date"));
        m_start[i] =
            new QDateEdit(phase.start.isValid() ? phase.start : phase.end.addMonths(-1), this);
        m_end[i] = new QDateEdit(phase.end, this);
        for (QDateEdit* edit : {m_start[i], m_end[i]}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            connect(edit, &QDateEdit::dateChanged, this, &PhasesDialog::validate);
        }
        m_start[i]->setEnabled(phase.start.isValid());
        connect(m_hasStart[i], &QCheckBox::toggled, m_start[i], &QWidget::setEnabled);
        connect(m_hasStart[i], &QCheckBox::toggled, this, &PhasesDialog::validate);
        grid->addWidget(m_hasStart[i], i + 1, 1);
        grid->addWidget(m_start[i], i + 1, 2);
        grid->addWidget(m_end[i], i + 1, 3);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("phasesMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    validate();
}

PhasePlan PhasesDialog::plan() const
{
    PhasePlan plan;
    for (int i = 0; i < 4; ++i) {
        plan[std::size_t(i)] = {i + 1, m_hasStart[i]->isChecked() ? m_start[i]->date() : QDate(),
                                m_end[i]->date()};
    }
    return plan;
}

void PhasesDialog::validate()
{
    QString problem;
    for (const Phase& phase : plan()) {
        if (phase.start.isValid() && phase.start > phase.end) {
            problem = tr("Phase %1 ends before it starts.").arg(phase.number);
            break;
        }
    }
    m_message->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace duibiao
