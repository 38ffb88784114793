#include "userspage.h"

#include "accountpanel.h"
#include "api/session.h"
#include "uistyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1; // the account behind a row
}

UsersPage::UsersPage(Session &session, const UiContext &context, QWidget *parent)
    : QWidget(parent), m_session(session), m_context(context), m_model(new QStandardItemModel(0, 5, this)),
      m_table(new QTableView(this)), m_panel(new AccountPanel(session, context, this))
{
    m_model->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("State"), tr("Created")});
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Accounts"));
    uistyle::setUpListTable(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Sorted by keys, not by the shown text (dates by time); the rows are sorted again after
    // each reload, so they are always in the order the header's arrow shows.
    m_model->setSortRole(Qt::UserRole);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    auto *left = new QVBoxLayout;
    left->addWidget(m_table, 3);
    left->addWidget(m_panel, 2);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(makeForm(), 2, Qt::AlignTop);
    connect(&m_session.backend().executor(), &CommandExecutor::changed, this, &UsersPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersPage::showSelected);
    connect(m_panel, &AccountPanel::changed, this, &UsersPage::reload);
    reload();
}

QWidget *UsersPage::makeForm()
{
    auto *box = new QGroupBox(tr("New account"), this);
    auto *form = new QFormLayout(box);
    m_role = new QComboBox(box);
    for (Role role : roles::all())
        m_role->addItem(roles::displayName(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(Role::Clerk)));
    m_name = new QLineEdit(box);
    m_phone = new QLineEdit(box);
    m_username = new QLineEdit(box);
    m_password = new QLineEdit(box);
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(box);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    uistyle::reserveLines(m_message, 3); // up to one problem per field: "Create" stays put
    m_create = new QPushButton(tr("Create &account"), box);
    m_create->setObjectName(QStringLiteral("createAccount"));
    const QList<std::tuple<QString, QWidget *, QString>> fields{
        {tr("&Role:"), m_role, QStringLiteral("newRole")},
        {tr("&Name:"), m_name, QStringLiteral("newName")},
        {tr("P&hone:"), m_phone, QStringLiteral("newPhone")},
        {tr("&User name:"), m_username, QStringLiteral("newUsername")},
        {tr("&Password:"), m_password, QStringLiteral("newPassword")},
    };
    for (const auto &[caption, field, objectName] : fields) {
        auto *label = new QLabel(caption, box);
        label->setBuddy(field);
        field->setObjectName(objectName);
        field->setAccessibleName(QString(caption).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, field);
        if (field == m_phone)
            m_phoneLabel = label;
    }
    form->addRow(m_message);
    form->addRow(m_create);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersPage::updateForm);
    connect(m_create, &QPushButton::clicked, this, &UsersPage::create);
    connect(m_password, &QLineEdit::returnPressed, this, &UsersPage::create);
    updateForm();
    return box;
}

void UsersPage::updateForm()
{
    // Only a customer account comes with a customer record, which has a phone number.
    const bool customer = Role(m_role->currentData().toInt()) == Role::Customer;
    m_phone->setVisible(customer);
    m_phoneLabel->setVisible(customer);
}

void UsersPage::reload()
{
    m_session.users().then(this, [this](const Result<QList<User>> &users) {
        if (!users) {
            m_message->setText(users.error().message);
            return;
        }
        const QModelIndex current = m_table->currentIndex();
        const QUuid shown = current.isValid() ? m_model->index(current.row(), 0).data(IdRole).toUuid() : QUuid();
        m_users = users.value();
        // The rows are rebuilt: the panel follows the account, not the passing empty selection.
        m_rebuilding = true;
        m_model->removeRows(0, m_model->rowCount());
        auto item = [](const QString &text, const QVariant &sortKey) {
            auto *cell = new QStandardItem(text);
            cell->setData(sortKey, Qt::UserRole);
            return cell;
        };
        for (const User &user : std::as_const(m_users)) {
            const QString role = roles::displayName(user.role);
            const QString state = user.disabled ? tr("disabled") : tr("active");
            QStandardItem *name = item(user.username, user.username.toLower());
            name->setData(user.id, IdRole);
            m_model->appendRow({name, item(user.displayName, user.displayName.toLower()), item(role, role),
                                item(state, state), item(m_context.display.dateTime(user.createdAt), user.createdAt)});
        }
        const QHeaderView *header = m_table->horizontalHeader();
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        // The account the manager was working on stays selected.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (!shown.isNull() && m_model->index(row, 0).data(IdRole).toUuid() == shown)
                m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                                       | QItemSelectionModel::Rows);
        }
        m_rebuilding = false;
        showSelected();
    });
}

void UsersPage::showSelected()
{
    if (m_rebuilding)
        return;
    const QModelIndex current = m_table->currentIndex();
    const QUuid id = current.isValid() ? m_model->index(current.row(), 0).data(IdRole).toUuid() : QUuid();
    for (const User &user : std::as_const(m_users)) {
        if (user.id == id)
            return m_panel->showAccount(user);
    }
    m_panel->showAccount(std::nullopt);
}

// What is wrong with the form, every field's problem, before the service is asked (which
// checks again and refuses with the first).
QStringList UsersPage::problemsOf(Role role, const QString &username, const QString &name) const
{
    QStringList messages;
    for (const Error &problem : users::problems(UserDraft{username, name, m_password->text(), role, {}}))
        messages << problem.message;
    if (role == Role::Customer) {
        // The name is checked above already; a customer's phone only here.
        for (const Error &problem : customers::problems(CustomerDraft{name, m_phone->text().trimmed(), {}}))
            if (problem.code == QLatin1StringView("invalid_phone"))
                messages << problem.message;
    }
    return messages;
}

void UsersPage::create()
{
    if (!m_create->isEnabled())
        return;
    const auto role = Role(m_role->currentData().toInt());
    const QString username = m_username->text().trimmed();
    const QString name = m_name->text().trimmed();
    if (const QStringList problems = problemsOf(role, username, name); !problems.isEmpty()) {
        m_message->setStyleSheet(uistyle::errorStyleSheet());
        m_message->setText(problems.join(u'\n')); // every mistake at once
        return;
    }
    QFuture<Result<User>> created =
        role == Role::Customer
            ? m_session.createCustomerAccount(CustomerDraft{name, m_phone->text().trimmed(), {}}, username,
                                              m_password->text())
            : m_session.createUser(UserDraft{username, name, m_password->text(), role, {}});
    m_create->setEnabled(false);
    created.then(this, [this](const Result<User> &user) {
        m_create->setEnabled(true);
        if (!user) {
            m_message->setStyleSheet(uistyle::errorStyleSheet());
            m_message->setText(user.error().message);
            return;
        }
        m_message->setStyleSheet({});
        m_message->setText(tr("The account %1 was created.").arg(user->username));
        reload(); // accounts are not domain changes: no change signal announces them
        m_name->clear();
        m_phone->clear();
        m_username->clear();
        m_password->clear();
    });
}
