#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;

namespace duibiao {

// The framework's own scoring in the editor: an optional total (the weights are then the
// items' points and add up to it) and an optional pass mark (points with a total, else a
// percentage).
class FrameworkScoreForm : public QWidget
{
    Q_OBJECT

public:
    explicit FrameworkScoreForm(QWidget* parent = nullptr);

    // Shows the values without emitting edited().
    void setValues(std::optional<double> total, std::optional<double> passMark);
    std::optional<double> total() const;
    std::optional<double> passMark() const;

signals:
    void edited(const QString& field);

private:
    void changed(const QString& field);

    bool m_loading = false;
    QCheckBox* m_hasTotal = nullptr;
    QDoubleSpinBox* m_total = nullptr;
    QCheckBox* m_hasPassMark = nullptr;
    QDoubleSpinBox* m_passMark = nullptr;
};

} // namespace duibiao
