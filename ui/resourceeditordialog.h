#pragma once

#include "domain/resource.h"
#include "uicontext.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QVBoxLayout;
class Session;
class TaxiFleetEditor;

// Registers a new resource or edits one: name, description, capacity, price in the shop's
// currency with its pricing unit, and one or two attributes the business profile cares about
// (a car's plate number, a session's hall and date, …). Mistakes are shown next to the field
// as they are typed, using the domain's own validation (resources::validate), so the form and
// the services never disagree; refusals from the service (a conflict, capacity below what is
// already booked) appear under the form. The dialog saves itself and closes when saved.
class ResourceEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    // `existing` = nullopt registers a new resource of the shop's profile (changeable).
    ResourceEditorDialog(Session &session, const UiContext &context, std::optional<Resource> existing,
                         QWidget *parent = nullptr);

    // Validates, then saves through the Session; closes only once the save succeeded.
    void accept() override;

Q_SIGNALS:
    void saved(const Resource &resource);

private:
    enum class Field { Name, Description, Capacity, Price, Form };

    QWidget *makeForm();
    void rebuildAttributes(Profile profile);
    void onProfileChanged();
    void addFleetEditor(const QJsonObject &stored);
    // Shows the problems of the fields typed in so far (all of them when `everything`);
    // returns the draft when nothing is wrong.
    std::optional<ResourceDraft> check(bool everything);
    std::optional<ResourceDraft> currentDraft(QHash<Field, QString> &problems) const;
    bool startsInThePast(const ResourceDraft &draft) const;
    void showProblems(const QHash<Field, QString> &problems);
    void showServiceError(const Error &error);
    Profile profile() const;
    void setSaving(bool saving);

    Session &m_session;
    UiContext m_context;
    std::optional<Resource> m_existing;
    QString m_currency;

    QComboBox *m_profile = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_capacityLabel = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLineEdit *m_price = nullptr;
    QComboBox *m_pricingUnit = nullptr;
    QWidget *m_attributesBox = nullptr;
    QFormLayout *m_attributesForm = nullptr;
    QHash<QString, QWidget *> m_attributes; // attribute key → its editor
    TaxiFleetEditor *m_fleet = nullptr;     // a taxi class's taxis
    QHash<Field, QLabel *> m_errors;
    QDialogButtonBox *m_buttons = nullptr;
    QSet<Field> m_touched;
    bool m_saving = false;
};
