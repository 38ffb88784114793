#include "resourceeditordialog.h"

#include "api/session.h"
#include "domain/errors.h"
#include "domain/profile.h"
#include "domain/sessionslot.h"
#include "domain/textrules.h"
#include "pricetext.h"
#include "taxifleeteditor.h"
#include "uistyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <variant>

namespace {

constexpr int MaxAttributeLength = 200;
const QString DateFormat = sessionslot::DateFormat;
const QString TimeFormat = sessionslot::TimeFormat;
const QTime DefaultSessionStart(10, 0);

enum class AttributeKind { Text, Date, Time };

// One attribute the form offers for a profile; other attributes a resource has are kept.
struct AttributeSpec
{
    const char *key;
    const char *label; // translated in the dialog's context
    AttributeKind kind = AttributeKind::Text;
};

QList<AttributeSpec> attributeSpecs(Profile profile)
{
    switch (profile) {
    case Profile::Car: return {{"plate", QT_TRANSLATE_NOOP("ResourceEditorDialog", "P&late number:")}};
    case Profile::Exhibition: // a session is a slot: its date and start time (sessionslot.h)
        return {{"hall", QT_TRANSLATE_NOOP("ResourceEditorDialog", "&Hall:")},
                {"date", QT_TRANSLATE_NOOP("ResourceEditorDialog", "Da&te:"), AttributeKind::Date},
                {"time", QT_TRANSLATE_NOOP("ResourceEditorDialog", "St&arts at:"), AttributeKind::Time}};
    case Profile::Item:
        return {{"condition", QT_TRANSLATE_NOOP("ResourceEditorDialog", "Conditi&on:")},
                {"owner", QT_TRANSLATE_NOOP("ResourceEditorDialog", "O&wner:")}};
    case Profile::Taxi: return {{"vehicles", QT_TRANSLATE_NOOP("ResourceEditorDialog", "&Vehicle type:")}};
    case Profile::Product: return {{"model", QT_TRANSLATE_NOOP("ResourceEditorDialog", "&Model code:")}};
    }
    return {};
}

QString capacityCaption(Profile profile)
{
    switch (profile) {
    case Profile::Exhibition: return ResourceEditorDialog::tr("S&eats:");
    case Profile::Taxi: return ResourceEditorDialog::tr("Available &taxis:");
    case Profile::Product: return ResourceEditorDialog::tr("S&tock:");
    case Profile::Car:
    case Profile::Item: break;
    }
    return ResourceEditorDialog::tr("&Capacity:");
}

// A caption as a screen reader should say it: no mnemonic, neither "&Name" nor Korean "이름(&N)".
QString plain(QString caption)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&"));
    return caption.remove(mnemonic).remove(u':').trimmed();
}

} // namespace

ResourceEditorDialog::ResourceEditorDialog(Session &session, const UiContext &context,
                                           std::optional<Resource> existing, QWidget *parent)
    : QDialog(parent), m_session(session), m_context(context), m_existing(std::move(existing)),
      m_currency(m_existing ? m_existing->data.price.currency : session.backend().executor().settings().currency)
{
    setObjectName(QStringLiteral("resourceEditor"));
    const Profile initial = m_existing ? m_existing->data.profile : context.profile;
    setWindowTitle(m_existing ? tr("Edit %1").arg(profiles::resourceNoun(initial))
                              : tr("Register %1").arg(profiles::resourceNoun(initial)));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_existing ? tr("&Save") : tr("&Register"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveResource"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResourceEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResourceEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeForm());
    layout->addWidget(m_errors.value(Field::Form));
    layout->addWidget(m_buttons);
    rebuildAttributes(initial);
    m_name->setFocus();
    resize(520, sizeHint().height());
}

QWidget *ResourceEditorDialog::makeForm()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    for (Field field : {Field::Name, Field::Description, Field::Capacity, Field::Price, Field::Form}) {
        auto *label = new QLabel(this);
        label->setStyleSheet(uistyle::errorStyleSheet());
        label->setWordWrap(true);
        label->hide();
        uistyle::reserveLines(label, field == Field::Form ? 2 : 1);
        m_errors.insert(field, label);
    }
    m_errors[Field::Name]->setObjectName(QStringLiteral("nameError"));
    m_errors[Field::Description]->setObjectName(QStringLiteral("descriptionError"));
    m_errors[Field::Capacity]->setObjectName(QStringLiteral("capacityError"));
    m_errors[Field::Price]->setObjectName(QStringLiteral("priceError"));
    m_errors[Field::Form]->setObjectName(QStringLiteral("formError"));
    m_errors[Field::Form]->setAccessibleName(tr("Problem saving"));

    const Profile initial = m_existing ? m_existing->data.profile : m_context.profile;
    m_profile = new QComboBox(box);
    for (Profile p : profiles::all())
        m_profile->addItem(profiles::resourceNoun(p), int(p));
    m_profile->setCurrentIndex(m_profile->findData(int(initial)));
    m_profile->setEnabled(!m_existing); // the services keep a resource's business for life
    m_name = new QLineEdit(box);
    m_name->setMaxLength(resources::MaxNameLength + 1); // one more, so "too long" can be shown
    m_description = new QPlainTextEdit(box);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_capacity = new QSpinBox(box);
    m_capacity->setRange(0, resources::MaxCapacity); // 0 is typeable so the rule can say why not
    m_capacity->setGroupSeparatorShown(true);
    m_price = new QLineEdit(box);
    m_price->setAlignment(Qt::AlignRight);
    m_price->setPlaceholderText(m_context.display.locale.toString(55000));
    m_pricingUnit = new QComboBox(box);
    for (PricingUnit unit : {PricingUnit::PerDay, PricingUnit::PerBooking, PricingUnit::PerSeat, PricingUnit::PerMonth})
        m_pricingUnit->addItem(resources::pricingUnitName(unit), int(unit));

    const ResourceDraft stored = m_existing ? m_existing->data : ResourceDraft{};
    m_name->setText(stored.name);
    m_description->setPlainText(stored.description);
    m_capacity->setValue(m_existing ? stored.capacity : profiles::traits(initial).defaultCapacity);
    if (m_existing)
        m_price->setText(pricetext::format(stored.price, m_context.display.locale));
    const PricingUnit unit = m_existing ? stored.pricingUnit : profiles::traits(initial).defaultPricingUnit;
    m_pricingUnit->setCurrentIndex(m_pricingUnit->findData(int(unit)));

    m_capacityLabel = new QLabel(capacityCaption(initial), box);
    const QList<std::tuple<QString, QLabel *, QWidget *, QString, std::optional<Field>>> rows{
        {tr("&Business:"), nullptr, m_profile, QStringLiteral("resourceProfile"), std::nullopt},
        {tr("&Name:"), nullptr, m_name, QStringLiteral("resourceName"), Field::Name},
        {tr("&Description:"), nullptr, m_description, QStringLiteral("resourceDescription"), Field::Description},
        {QString(), m_capacityLabel, m_capacity, QStringLiteral("resourceCapacity"), Field::Capacity},
        {tr("&Price (%1):").arg(m_currency), nullptr, m_price, QStringLiteral("resourcePrice"), Field::Price},
        {tr("Pricing &unit:"), nullptr, m_pricingUnit, QStringLiteral("resourcePricingUnit"), std::nullopt},
    };
    for (const auto &[caption, existingLabel, editor, objectName, field] : rows) {
        QLabel *label = existingLabel ? existingLabel : new QLabel(caption, box);
        label->setBuddy(editor);
        editor->setObjectName(objectName);
        editor->setAccessibleName(plain(label->text()));
        form->addRow(label, editor);
        if (field) {
            QLabel *error = m_errors.value(*field);
            error->setParent(box);
            error->setAccessibleName(tr("Problem with %1").arg(plain(label->text())));
            form->addRow(QString(), error);
        }
    }
    m_attributesBox = new QWidget(box);
    m_attributesForm = new QFormLayout(m_attributesBox);
    m_attributesForm->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_attributesBox);

    const auto touched = [this](Field field) {
        return [this, field]() {
            m_touched.insert(field);
            check(false);
        };
    };
    connect(m_name, &QLineEdit::textEdited, this, touched(Field::Name));
    connect(m_description, &QPlainTextEdit::textChanged, this, touched(Field::Description));
    connect(m_capacity, &QSpinBox::valueChanged, this, touched(Field::Capacity));
    connect(m_price, &QLineEdit::textEdited, this, touched(Field::Price));
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ResourceEditorDialog::onProfileChanged);
    return box;
}

Profile ResourceEditorDialog::profile() const
{
    return Profile(m_profile->currentData().toInt());
}

void ResourceEditorDialog::onProfileChanged()
{
    const Profile p = profile();
    m_capacityLabel->setText(capacityCaption(p));
    m_capacity->setAccessibleName(plain(m_capacityLabel->text()));
    // Follow the business's defaults until the person chose otherwise.
    if (!m_touched.contains(Field::Capacity)) {
        const QSignalBlocker blocker(m_capacity);
        m_capacity->setValue(profiles::traits(p).defaultCapacity);
    }
    m_pricingUnit->setCurrentIndex(m_pricingUnit->findData(int(profiles::traits(p).defaultPricingUnit)));
    setWindowTitle(tr("Register %1").arg(profiles::resourceNoun(p)));
    rebuildAttributes(p);
}

void ResourceEditorDialog::rebuildAttributes(Profile p)
{
    while (m_attributesForm->rowCount() > 0)
        m_attributesForm->removeRow(0);
    m_attributes.clear();
    m_fleet = nullptr;
    m_capacity->setEnabled(true);
    const QJsonObject stored = m_existing ? m_existing->data.attributes : QJsonObject();
    QWidget *previous = m_pricingUnit;
    for (const AttributeSpec &spec : attributeSpecs(p)) {
        const QString key = QString::fromLatin1(spec.key);
        QWidget *editor = nullptr;
        if (spec.kind == AttributeKind::Date) {
            auto *date = new QDateEdit(m_attributesBox);
            date->setCalendarPopup(true);
            date->setDisplayFormat(DateFormat);
            const QDate value = QDate::fromString(stored.value(key).toString(), DateFormat);
            date->setDate(value.isValid() ? value : m_context.now().date());
            editor = date;
        } else if (spec.kind == AttributeKind::Time) {
            auto *time = new QTimeEdit(m_attributesBox);
            time->setDisplayFormat(TimeFormat);
            const QTime value = QTime::fromString(stored.value(key).toString(), TimeFormat);
            time->setTime(value.isValid() ? value : DefaultSessionStart);
            editor = time;
        } else {
            auto *line = new QLineEdit(stored.value(key).toString(), m_attributesBox);
            line->setMaxLength(MaxAttributeLength);
            editor = line;
        }
        auto *label = new QLabel(tr(spec.label), m_attributesBox);
        label->setBuddy(editor);
        editor->setObjectName(QStringLiteral("attribute_") + key);
        editor->setAccessibleName(plain(label->text()));
        m_attributesForm->addRow(label, editor);
        m_attributes.insert(key, editor);
        setTabOrder(previous, editor);
        previous = editor;
    }
    if (p == Profile::Taxi)
        addFleetEditor(stored);
}

// A class that lists its taxis has as many available as it lists: the count follows the list.
void ResourceEditorDialog::addFleetEditor(const QJsonObject &stored)
{
    m_fleet = new TaxiFleetEditor(taxifleet::of(stored), m_attributesBox);
    auto *label = new QLabel(tr("Ta&xis:"), m_attributesBox);
    label->setBuddy(m_fleet->firstField());
    m_attributesForm->addRow(label, m_fleet);
    const auto follow = [this](int taxis) {
        m_capacity->setEnabled(taxis == 0);
        if (taxis > 0)
            m_capacity->setValue(taxis);
    };
    follow(int(taxifleet::of(stored).size()));
    connect(m_fleet, &TaxiFleetEditor::countChanged, this, follow);
    connect(m_fleet, &TaxiFleetEditor::edited, this, [this] {
        m_touched.insert(Field::Form);
        check(false);
    });
}

// Said here before saving, where the date and time can still be changed; a session's slot
// that is kept as it was (its description edited afterwards) is not asked about.
bool ResourceEditorDialog::startsInThePast(const ResourceDraft &draft) const
{
    const auto slot = sessionslot::of(draft.attributes, m_context.display.zone);
    if (!slot || slot->start > m_context.nowSecs())
        return false;
    return !m_existing || sessionslot::of(m_existing->data.attributes, m_context.display.zone) != slot;
}

std::optional<ResourceDraft> ResourceEditorDialog::currentDraft(QHash<Field, QString> &problems) const
{
    ResourceDraft draft;
    draft.profile = profile();
    draft.name = m_name->text();
    draft.description = m_description->toPlainText();
    draft.capacity = m_capacity->value();
    draft.pricingUnit = PricingUnit(m_pricingUnit->currentData().toInt());
    draft.attributes = m_existing ? m_existing->data.attributes : QJsonObject();
    for (auto it = m_attributes.cbegin(); it != m_attributes.cend(); ++it) {
        QString value;
        if (auto *time = qobject_cast<QTimeEdit *>(it.value()))
            value = time->time().toString(TimeFormat);
        else if (auto *date = qobject_cast<QDateEdit *>(it.value()))
            value = date->date().toString(DateFormat);
        else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            value = line->text().trimmed();
        if (auto ok = textrules::check(it.value()->accessibleName(), value, MaxAttributeLength, false); !ok)
            problems.insert(Field::Form, ok.error().message);
        if (value.isEmpty())
            draft.attributes.remove(it.key());
        else
            draft.attributes.insert(it.key(), value);
    }
    if (draft.profile == Profile::Exhibition && startsInThePast(draft))
        problems.insert(Field::Form, errors::sessionInPast().message);
    if (m_fleet) {
        taxifleet::store(draft.attributes, m_fleet->fleet());
        if (auto fleet = taxifleet::validate(draft); !fleet)
            problems.insert(Field::Form, fleet.error().message);
    }
    const auto price = pricetext::parse(m_price->text(), m_currency, m_context.display.locale);
    if (const QString *problem = std::get_if<QString>(&price))
        problems.insert(Field::Price, *problem);
    draft.price = Money{std::holds_alternative<qint64>(price) ? std::get<qint64>(price) : 0, m_currency};

    // The domain's rules, one field at a time against otherwise valid values, so that each
    // problem lands next to the field it is about.
    const ResourceDraft neutral{draft.profile, QStringLiteral("x"), QString(), {}, Money{0, m_currency},
                                draft.pricingUnit, 1};
    const auto fieldProblem = [&problems](Field field, ResourceDraft probe) {
        if (auto valid = resources::validate(probe); !valid && !problems.contains(field))
            problems.insert(field, valid.error().message);
    };
    ResourceDraft probe = neutral;
    probe.name = draft.name;
    fieldProblem(Field::Name, probe);
    probe = neutral;
    probe.description = draft.description;
    fieldProblem(Field::Description, probe);
    probe = neutral;
    probe.capacity = draft.capacity;
    fieldProblem(Field::Capacity, probe);
    probe = neutral;
    probe.price = draft.price;
    fieldProblem(Field::Price, probe);
    if (problems.isEmpty()) {
        if (auto valid = resources::validate(draft); !valid)
            problems.insert(Field::Form, valid.error().message);
    }
    if (!problems.isEmpty())
        return std::nullopt;
    return draft;
}

std::optional<ResourceDraft> ResourceEditorDialog::check(bool everything)
{
    if (everything)
        m_touched.unite({Field::Name, Field::Description, Field::Capacity, Field::Price, Field::Form});
    QHash<Field, QString> problems;
    std::optional<ResourceDraft> draft = currentDraft(problems);
    QHash<Field, QString> shown;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        if (m_touched.contains(it.key()))
            shown.insert(it.key(), it.value());
    }
    showProblems(shown);
    return draft;
}

void ResourceEditorDialog::showProblems(const QHash<Field, QString> &problems)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString text = problems.value(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
}

void ResourceEditorDialog::showServiceError(const Error &error)
{
    QHash<Field, QString> problems;
    if (error.code == QLatin1StringView("invalid_price") || error.code == QLatin1StringView("invalid_currency"))
        problems.insert(Field::Price, error.message);
    else if (error.code == QLatin1StringView("invalid_capacity"))
        problems.insert(Field::Capacity, error.message);
    else
        problems.insert(Field::Form, error.message);
    showProblems(problems);
}

void ResourceEditorDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!saving);
    m_buttons->button(QDialogButtonBox::Ok)->setText(
        saving ? tr("Saving…") : (m_existing ? tr("&Save") : tr("&Register")));
}

void ResourceEditorDialog::accept()
{
    if (m_saving)
        return;
    const std::optional<ResourceDraft> draft = check(true);
    if (!draft) {
        // Take the person to the first thing to fix.
        for (auto [field, editor] : {std::pair<Field, QWidget *>{Field::Name, m_name},
                                     {Field::Description, m_description}, {Field::Capacity, m_capacity},
                                     {Field::Price, m_price}}) {
            if (m_errors.value(field)->isVisible()) {
                editor->setFocus();
                break;
            }
        }
        return;
    }
    setSaving(true);
    QFuture<Result<Resource>> saving = m_existing
        ? m_session.updateResource(m_existing->id, *draft, m_existing->version)
        : m_session.registerResource(*draft);
    saving.then(this, [this](const Result<Resource> &result) {
        setSaving(false);
        if (!result) {
            showServiceError(result.error());
            return;
        }
        Q_EMIT saved(result.value());
        QDialog::accept();
    });
}
