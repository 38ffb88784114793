#include "touchstepper.h"

#include "kioskstyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

TouchStepper::TouchStepper(const QString &name, QWidget *parent) : QWidget(parent)
{
    setObjectName(name);
    m_caption = kioskstyle::text(name + QStringLiteral("Caption"), this);
    m_value = kioskstyle::title(name + QStringLiteral("Value"), this);
    m_value->setAlignment(Qt::AlignCenter);
    // One line, as wide as it needs: a date broken over two lines is read wrong.
    m_value->setWordWrap(false);
    m_minus = kioskstyle::button(name + QStringLiteral("Minus"), this);
    m_plus = kioskstyle::button(name + QStringLiteral("Plus"), this);
    m_minus->setText(QStringLiteral("−"));
    m_plus->setText(QStringLiteral("+"));
    for (QPushButton *b : {m_minus, m_plus})
        b->setMinimumSize(kioskstyle::MinTouchHeight * 3 / 2, kioskstyle::MinTouchHeight * 3 / 2);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_caption, 0, 0, 1, 3);
    grid->addWidget(m_minus, 1, 0);
    grid->addWidget(m_value, 1, 1);
    grid->addWidget(m_plus, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_minus, &QPushButton::clicked, this, [this]() { Q_EMIT stepped(-1); });
    connect(m_plus, &QPushButton::clicked, this, [this]() { Q_EMIT stepped(1); });
}

void TouchStepper::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_minus->setAccessibleName(tr("Less: %1").arg(caption));
    m_plus->setAccessibleName(tr("More: %1").arg(caption));
}

void TouchStepper::setValue(const QString &value, bool canDecrease, bool canIncrease)
{
    m_value->setText(value);
    m_minus->setEnabled(canDecrease);
    m_plus->setEnabled(canIncrease);
}

QString TouchStepper::value() const
{
    return m_value->text();
}
