#pragma once

#include "exchange/package/AssessmentSnapshot.h"

#include <QMap>
#include <QString>

namespace duibiao {

// Rows of an assessment seen as named text fields, so that one three-way comparison
// serves every kind of row. The texts are the values a package writes (rating keys, ISO
// dates, decimal numbers), so equal texts mean equal values.
using FieldValues = QMap<QString, QString>;

FieldValues fieldsOf(const Institution& institution);
FieldValues fieldsOf(const Phase& phase);
FieldValues fieldsOf(const Unit& unit);
FieldValues fieldsOf(const UnitFigures& figures);
// Unit references are written as the unit's id in the target document's numbering.
FieldValues fieldsOf(const Platform& platform);
FieldValues fieldsOf(const RequirementAssessment& row);
FieldValues fieldsOf(const RectificationItem& item);
FieldValues fieldsOf(const Evidence& evidence);

// Sets one field from its text; unknown fields are ignored (the plan only names fields
// that fieldsOf gives).
void assignField(Institution& institution, const QString& field, const QString& value);
void assignField(Phase& phase, const QString& field, const QString& value);
void assignField(Unit& unit, const QString& field, const QString& value);
void assignField(UnitFigures& figures, const QString& field, const QString& value);
void assignField(Platform& platform, const QString& field, const QString& value);
void assignField(RequirementAssessment& row, const QString& field, const QString& value);
void assignField(RectificationItem& item, const QString& field, const QString& value);
void assignField(Evidence& evidence, const QString& field, const QString& value);

// The user-facing name of a field ("rating" → 评级 / Rating).
QString fieldLabel(const QString& entity, const QString& field);

} // namespace duibiao
